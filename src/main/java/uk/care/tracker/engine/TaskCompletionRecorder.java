package uk.care.tracker.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;

/**
 * For every completed user task, in the completing transaction: writes who completed it to the audit log, and
 * leaves the person and the task id in the process for the asynchronous service task that writes the register
 * row (a job runs without a user, so it cannot ask who acted).
 */
@Component
public class TaskCompletionRecorder {

    private final IdentityService identityService;
    private final AuditLog audit;

    public TaskCompletionRecorder(IdentityService identityService, AuditLog audit) {
        this.identityService = identityService;
        this.audit = audit;
    }

    static String completedByVariable(String taskDefinitionKey) {
        return taskDefinitionKey + "_completedBy";
    }

    static String completedTaskVariable(String taskDefinitionKey) {
        return taskDefinitionKey + "_taskId";
    }

    @EventListener(condition = "#task.eventName == 'complete'")
    public void onComplete(DelegateTask task) {
        if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) || task.getExecution() == null) {
            return;
        }
        Authentication current = identityService.getCurrentAuthentication();
        String user = current != null ? current.getUserId() : task.getAssignee();
        task.getExecution().setVariable(completedByVariable(task.getTaskDefinitionKey()), user);
        task.getExecution().setVariable(completedTaskVariable(task.getTaskDefinitionKey()), task.getId());
        audit.record(new AuditEvent("task-completed:" + task.getId(), user, "TASK_COMPLETED",
                task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), task.getId(), task.getName(),
                task.getTaskDefinitionKey()));
    }
}
