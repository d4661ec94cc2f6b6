package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;

/** The remedial owner must be a manager who can take over the follow-up check. */
@Component
public class ValidateRemedialOwnership extends FormCheck {

    private final Colleagues colleagues;

    public ValidateRemedialOwnership(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        String owner = facts.string(REMEDIAL_OWNER);
        String plan = facts.string(REMEDIAL_PLAN);
        EntryCheck check = new EntryCheck("The remedial ownership");
        if (owner == null) {
            check.problem("Name the remedial owner.");
        } else {
            check.require(colleagues.isMember(owner, CareGroups.LINE_MANAGERS)
                            || colleagues.isMember(owner, CareGroups.DEPUTY_MANAGERS),
                    "The remedial owner '" + owner + "' must be a line manager or deputy manager in the system.");
        }
        check.requireText(plan, 10, 2000, "Describe what the remedial owner must do").orRefuse();
    }
}
