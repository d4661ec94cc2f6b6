package uk.care.tracker.governance;

import static uk.care.tracker.governance.GovernanceVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article governance: each improvement action agreed at the meeting becomes a tracked supervision action. It runs
 * in the Quality Lead's own submission (a send task, not an asynchronous service task) so that the supervision
 * workflow's own checks answer the form: an unknown staff member or a deadline before the meeting is refused there.
 */
@Component
class StartImprovementAction implements JavaDelegate {

    static final String[] ACTION_FIELDS = {"staffId", "actionDescription", "actionCategory", "deadline", "managerResponsible"};

    private final RuntimeService runtime;
    private final RegisterWriter registers;

    public StartImprovementAction(RuntimeService runtime, RegisterWriter registers) {
        this.runtime = runtime;
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        Map<String, Object> start = new HashMap<>();
        for (String field : ACTION_FIELDS) {
            start.put(field, facts.raw(field));
        }
        // the governance meeting is the supervision in which the action was agreed
        start.put("supervisionDate", facts.string(MEETING_DATE));
        ProcessInstance action = runtime.startProcessInstanceByKey("supervision-action", start);
        registers.append(CompletedTask.of(execution, TASK_ADD_IMPROVEMENT_ACTION)
                .row(Register.GOVERNANCE_MEETING, "improvement-action", "IMPROVEMENT_ACTION")
                .dates(PERIOD_FROM, PERIOD_TO, MEETING_DATE).set("decisions", facts.string("actionDescription"))
                .set("improvement_action", action.getBusinessKey()).build());
        String keys = facts.string(IMPROVEMENT_ACTION_KEYS);
        execution.setVariable(IMPROVEMENT_ACTION_KEYS, keys == null ? action.getBusinessKey() : keys + "," + action.getBusinessKey());
        execution.setVariable(MORE_ACTIONS, Boolean.parseBoolean(String.valueOf(facts.raw(MORE_ACTIONS))));
        execution.removeVariables(java.util.List.of(ACTION_FIELDS));
    }
}
