package uk.care.tracker.supervision;

import static uk.care.tracker.engine.EntryCheck.isOneOf;
import static uk.care.tracker.supervision.SupervisionVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.evidence.EvidenceStore;

/**
 * Checks the Line Manager's follow-up (article example 1, step 3). An action cannot be closed as complete
 * without evidence: the manager must have seen it and describe it; an attachment, if referenced, must exist.
 */
@Component
public class ValidateFollowUpCheck extends FormCheck {

    static final List<String> STATUSES = List.of("COMPLETE", "PARTIALLY_COMPLETE", "NOT_COMPLETE");
    static final List<String> EVIDENCE_TYPES =
            List.of("AUDIT_EVIDENCE", "TRAINING_CONFIRMATION", "OBSERVATION_NOTES", "OTHER_DOCUMENT", "STATEMENT_ONLY");

    private final Clock clock;
    private final EvidenceStore evidence;

    public ValidateFollowUpCheck(Clock clock, EvidenceStore evidence) {
        this.clock = clock;
        this.evidence = evidence;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        EntryCheck check = new EntryCheck("The follow-up check");
        LocalDate today = clock.today();
        String status = facts.string(COMPLETION_STATUS);
        check.require(isOneOf(status, STATUSES), "Choose the completion status.");
        LocalDate checked = check.date(facts.raw(DATE_CHECKED), "date checked", true);
        if (checked != null && checked.isAfter(today)) {
            check.problem("The date checked " + checked + " is in the future.");
        }
        LocalDate supervision = facts.date(SUPERVISION_DATE);
        if (checked != null && supervision != null && checked.isBefore(supervision)) {
            check.problem("The date checked " + checked + " is before the supervision on " + supervision + ".");
        }
        check.require(isOneOf(facts.string(EVIDENCE_TYPE), EVIDENCE_TYPES), "Choose the type of evidence.");
        check.requireText(facts.string(EVIDENCE_DESCRIPTION), 10, 4000, "Describe the evidence you checked");
        String evidenceId = facts.string(EVIDENCE_ID);
        if (evidenceId != null && !evidence.exists(evidenceId)) {
            check.problem("No uploaded evidence has the reference '" + evidenceId + "'. Upload the file first and copy its reference.");
        }
        if ("COMPLETE".equals(status)) {
            check.require(facts.flag(EVIDENCE_SEEN),
                    "An action cannot be closed as complete without evidence: confirm that you have seen the evidence.");
        } else if (status != null) {
            LocalDate next = check.date(facts.raw(NEXT_CHECK_DATE), "date of the next check", true);
            if (next != null && next.isBefore(today)) {
                check.problem("The next check on " + next + " would already be in the past.");
            }
        }
        check.orRefuse();
    }
}
