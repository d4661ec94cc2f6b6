package uk.care.tracker.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.BusinessKeys;

/**
 * What every workflow does when it starts: a human business key, and a line in the audit log. Both the key and
 * the person who started come from the application, never from the caller: a key chosen in the request (a
 * duplicate, or the next free number) is replaced; the {@code initiator} variable is the login's already
 * ({@link InitiatorFromLogin}).
 */
@Component
public class ProcessStart {

    private final BusinessKeys businessKeys;
    private final AuditLog audit;

    public ProcessStart(BusinessKeys businessKeys, AuditLog audit) {
        this.businessKeys = businessKeys;
        this.audit = audit;
    }

    /**
     * Gives the instance a key such as {@code SA-2026-000042} and records who started it: the logged-in user when
     * there is one ({@code startedBy} is then ignored), otherwise
     * {@code startedBy} (the system, for processes the engine starts itself).
     */
    public String begin(DelegateExecution execution, String prefix, String startedBy, String summary) {
        return beginWithKey(execution, businessKeys.next(prefix), startedBy, summary);
    }

    /** As {@link #begin}, with a key the application chose itself (the governance run is named after its month). */
    public String beginWithKey(DelegateExecution execution, String key, String startedBy, String summary) {
        execution.setProcessBusinessKey(key);
        Authentication login = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String starter = startedBy;
        if (login != null && login.getUserId() != null) {
            starter = login.getUserId();
        }
        audit.record(new AuditEvent("process-started:" + execution.getProcessInstanceId(), starter, "PROCESS_STARTED",
                key, execution.getProcessInstanceId(), null, null, summary));
        return key;
    }
}
