package uk.care.tracker.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.BusinessKeys;

/** What every workflow does when it starts: a human business key, and a line in the audit log. */
@Component
public class ProcessStart {

    private final BusinessKeys businessKeys;
    private final AuditLog audit;

    public ProcessStart(BusinessKeys businessKeys, AuditLog audit) {
        this.businessKeys = businessKeys;
        this.audit = audit;
    }

    /** Gives the instance a key such as {@code SA-2026-000042} (keeping one the caller chose with that prefix). */
    public String begin(DelegateExecution execution, String prefix, String startedBy, String summary) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.startsWith(prefix + "-")) {
            key = businessKeys.next(prefix);
            execution.setProcessBusinessKey(key);
        }
        audit.record(new AuditEvent("process-started:" + execution.getProcessInstanceId(), startedBy, "PROCESS_STARTED",
                key, execution.getProcessInstanceId(), null, null, summary));
        return key;
    }
}
