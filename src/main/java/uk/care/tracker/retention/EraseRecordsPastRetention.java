package uk.care.tracker.retention;

import static uk.care.tracker.retention.RetentionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;

/**
 * Retention run, step 3: erases what the Registered Manager confirmed, in this job's one transaction (a failure
 * erases nothing and the job is retried, then shown as an incident), leaving a tombstone per item.
 */
@Component
class EraseRecordsPastRetention implements JavaDelegate {

    private final RetentionErasure erasure;
    private final AuditLog audit;

    public EraseRecordsPastRetention(RetentionErasure erasure, AuditLog audit) {
        this.erasure = erasure;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String runKey = facts.string(RUN_KEY);
        String confirmedBy = facts.completedBy(CONFIRM_TASK);
        if (confirmedBy == null) {
            throw new IllegalStateException("Nothing is erased without the Registered Manager's confirmation");
        }
        RetentionErasure.Result result = erasure.erase(runKey, confirmedBy, execution.getProcessInstanceId());
        execution.setVariable("itemsErased", result.itemsErased());
        audit.record(new AuditEvent(runKey + ":erased:" + execution.getProcessInstanceId(), confirmedBy, "RETENTION_ERASED",
                runKey, execution.getProcessInstanceId(), null, null,
                "%d items erased (tombstones kept), %d held, %d audit entries and %d reminders past their own rule"
                        .formatted(result.itemsErased(), result.itemsHeld(), result.looseAuditEntries(), result.looseReminders())));
    }
}
