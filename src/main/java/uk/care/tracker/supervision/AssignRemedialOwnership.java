package uk.care.tracker.supervision;

import static uk.care.tracker.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.CompletedTask;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 1, step 4: where the deadline was missed without a valid explanation, the remedial owner
 * named by the Registered Manager takes over the action: the register says so, and the open follow-up check
 * moves to them.
 */
@Component
public class AssignRemedialOwnership implements JavaDelegate {

    private final RegisterWriter registers;
    private final TaskService tasks;

    public AssignRemedialOwnership(RegisterWriter registers, TaskService tasks) {
        this.registers = registers;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String owner = facts.string(REMEDIAL_OWNER);
        registers.append(CompletedTask.of(execution, TASK_ASSIGN_REMEDIAL_OWNERSHIP)
                .row(Register.OVERDUE_ACTIONS_REGISTER, "remedial-ownership", "REMEDIAL_OWNERSHIP")
                .dates(DEADLINE).set("escalation_stage", "REMEDIAL_OWNERSHIP")
                .set("escalation_reason", facts.string(REASON_FOR_DELAY)).texts(REMEDIAL_OWNER, REMEDIAL_PLAN)
                .build());
        execution.setVariable(MANAGER_RESPONSIBLE, owner);
        for (Task followUp : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK_FOLLOW_UP_CHECK).list()) {
            tasks.setAssignee(followUp.getId(), owner);
        }
    }
}
