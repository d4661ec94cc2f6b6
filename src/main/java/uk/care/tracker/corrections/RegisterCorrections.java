package uk.care.tracker.corrections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Corrects a register row the only way registers allow: a new row that copies the one it corrects, with the
 * changed values, who and when, and a reference to it. The reason goes to the audit log. Reports read the
 * correction in place of the original (see {@link RegisterReader}).
 */
@Component
public class RegisterCorrections {

    /** The header every row carries; a correction sets these itself. */
    static final Set<String> HEADER = Set.of("id", "event_key", "process_instance_id", "business_key", "staff_id",
            "acting_user", "recorded_at", "corrects_id");

    /** How long a reason may be: it goes into the audit log's details with the register and the columns. */
    static final int MAX_REASON = 1000;

    private final RegisterReader reader;
    private final RegisterWriter writer;
    private final AuditLog audit;
    private final RegisterCorrectionRules rules;

    public RegisterCorrections(RegisterReader reader, RegisterWriter writer, AuditLog audit, RegisterCorrectionRules rules) {
        this.reader = reader;
        this.writer = writer;
        this.audit = audit;
        this.rules = rules;
    }

    @Transactional
    public Map<String, Object> correct(Register register, long rowId, Map<String, Object> changes, String reason, String user) {
        EntryCheck reasonCheck = new EntryCheck("The correction");
        reasonCheck.requireText(reason, 10, MAX_REASON, "Give the reason for the correction");
        if (!reasonCheck.ok()) {
            throw new BadRequest("Give the reason for the correction (at least 10 visible characters, at most "
                    + MAX_REASON + ", no NUL characters)");
        }
        if (changes == null || changes.isEmpty()) {
            throw new BadRequest("Say which values the correction changes");
        }
        List<Map<String, Object>> current = reader.where(register, "id = ?", rowId);
        if (current.isEmpty()) {
            throw new NotFound("Row " + rowId + " of " + register.articleName()
                    + " does not exist or has already been corrected (correct the latest correction instead)");
        }
        Map<String, Object> original = new LinkedHashMap<>(current.get(0));
        for (String column : changes.keySet()) {
            if (HEADER.contains(column) || !original.containsKey(column)) {
                throw new BadRequest("'" + EntryCheck.shown(column) + "' is not a column that a correction can change in "
                        + register.articleName());
            }
        }
        // validated like the form it corrects: the same allowed values, lengths and dates, or nothing is written
        EntryCheck check = new EntryCheck("The correction");
        Map<String, Object> values = rules.check(register, changes, (String) original.get("business_key"), check);
        if (!check.ok()) {
            try {
                check.orRefuse();
            } catch (RuntimeException refused) {
                throw new BadRequest(refused.getMessage());
            }
        }
        String eventKey = "correction:" + UUID.randomUUID();
        RegisterEntry.Builder entry = RegisterEntry.in(register)
                .event(eventKey)
                .process((String) original.get("process_instance_id"), (String) original.get("business_key"))
                .staff((String) original.get("staff_id"))
                .actingUser(user)
                .corrects(rowId);
        original.forEach((column, value) -> {
            if (!HEADER.contains(column)) {
                entry.set(column, values.containsKey(column) ? values.get(column) : value);
            }
        });
        writer.append(entry.build());
        audit.record(new AuditEvent(eventKey, user, "REGISTER_CORRECTED", (String) original.get("business_key"),
                (String) original.get("process_instance_id"), null, null,
                "%s row %d corrected (%s): %s".formatted(register.articleName(), rowId, String.join(", ", changes.keySet()), reason.strip())));
        return reader.where(register, "event_key = ?", eventKey).get(0);
    }
}
