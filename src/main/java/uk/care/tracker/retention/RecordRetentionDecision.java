package uk.care.tracker.retention;

import static uk.care.tracker.retention.RetentionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.RegisterEntry;

/**
 * Retention run, step 2: the legal holds the Registered Manager placed go into the legal hold register (they stop
 * this and every later run until lifted), and the decision goes into the audit log. A refused run forgets its list.
 */
@Component
class RecordRetentionDecision implements JavaDelegate {

    private final LegalHolds holds;
    private final RetentionCandidates candidates;
    private final AuditLog audit;

    public RecordRetentionDecision(LegalHolds holds, RetentionCandidates candidates, AuditLog audit) {
        this.holds = holds;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        String runKey = facts.string(RUN_KEY);
        String by = facts.completedBy(CONFIRM_TASK);
        String user = by == null ? RegisterEntry.SYSTEM : by;
        String reason = facts.string(HOLD_REASON);
        for (String subject : ValidateRetentionDecision.subjects(facts.string(HOLD_SUBJECTS))) {
            LegalHolds.SubjectType type = RecordKind.ofBusinessKey(subject) != null ? LegalHolds.SubjectType.ITEM
                    : LegalHolds.SubjectType.STAFF;
            holds.record(runKey + ":hold:" + subject, type, subject, true, reason, user, execution.getProcessInstanceId());
        }
        String decision = facts.string(DECISION);
        audit.record(new AuditEvent(runKey + ":decision:" + execution.getProcessInstanceId(), user,
                ERASE.equals(decision) ? "RETENTION_ERASURE_CONFIRMED" : "RETENTION_ERASURE_REFUSED", runKey,
                execution.getProcessInstanceId(), facts.completedTaskId(CONFIRM_TASK), null,
                (ERASE.equals(decision) ? "Erase what is listed" : "Nothing erased") + (reason == null ? "" : ": " + reason)));
        if (!ERASE.equals(decision)) {
            candidates.forgetRun(runKey);
        }
    }
}
