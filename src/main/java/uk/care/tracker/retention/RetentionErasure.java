package uk.care.tracker.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterChangeListener;
import uk.care.tracker.retention.RetentionCandidates.Candidate;
import uk.care.tracker.retention.RetentionProperties.Rule;

/**
 * Erases what a confirmed retention run found: for each item not under a legal hold (looked at again now), its
 * register rows, its evidence files, the audit entries and reminders about it and the engine's history of its
 * process instances, leaving a tombstone; then audit entries and reminders not about an item that are past their own
 * rule. All of it in the caller's one transaction: if anything fails, nothing is erased.
 */
@Component
public class RetentionErasure {

    /** What one run erased. */
    public record Result(int itemsErased, int itemsHeld, int looseAuditEntries, int looseReminders) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ErasureSession session;
    private final RetentionCandidates candidates;
    private final LegalHolds holds;
    private final RetentionProperties schedule;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final List<RegisterChangeListener> listeners;

    public RetentionErasure(JdbcTemplate jdbc, Clock clock, ErasureSession session, RetentionCandidates candidates,
                            LegalHolds holds, RetentionProperties schedule, HistoryService history, RuntimeService runtime,
                            List<RegisterChangeListener> listeners) {
        this.listeners = listeners;
        this.jdbc = jdbc;
        this.clock = clock;
        this.session = session;
        this.candidates = candidates;
        this.holds = holds;
        this.schedule = schedule;
        this.history = history;
        this.runtime = runtime;
    }

    public Result erase(String runKey, String confirmedBy, String processInstanceId) {
        return session.erase(() -> {
            Map<String, LegalHolds.Hold> active = holds.active();
            int erased = 0;
            int held = 0;
            for (Candidate c : candidates.ofRun(runKey)) {
                if (LegalHolds.holds(active, c.businessKey(), c.staffId())) {
                    held++;
                    continue;
                }
                if (eraseItem(c, runKey, confirmedBy, processInstanceId)) {
                    erased++;
                }
            }
            int audit = eraseLooseAuditEntries(runKey, confirmedBy, processInstanceId);
            int reminders = eraseOldReminders(runKey, confirmedBy, processInstanceId, active);
            candidates.forgetRun(runKey);
            return new Result(erased, held, audit, reminders);
        });
    }

    private boolean eraseItem(Candidate c, String runKey, String confirmedBy, String processInstanceId) {
        String key = c.businessKey();
        String eventKey = key + ":erased";
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM retention_tombstone WHERE event_key = ?", Integer.class, eventKey);
        if (done != null && done > 0) {
            return false; // erased by an earlier run
        }
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
            throw new IllegalStateException(key + " has a running workflow again; the run erases nothing. Close it, or hold it.");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> evidenceIds = new ArrayList<>(jdbc.queryForList(
                "SELECT id FROM evidence_file WHERE business_key = ?", String.class, key));
        for (String table : c.kind().tables()) {
            if (hasEvidenceColumn(table)) {
                evidenceIds.addAll(jdbc.queryForList("SELECT evidence_file_id FROM " + table
                        + " WHERE business_key = ? AND evidence_file_id IS NOT NULL", String.class, key));
            }
            // newest first: a correction points at the row it corrects, so it goes before that row
            List<Long> ids = jdbc.queryForList("SELECT id FROM " + table + " WHERE business_key = ? ORDER BY id DESC", Long.class, key);
            for (Long id : ids) {
                jdbc.update("DELETE FROM " + table + " WHERE id = ?", id);
            }
            count(counts, table, ids.size());
            // read models drop the erased item too
            Register.byTable(table).ifPresent(register -> listeners.forEach(l -> l.changed(register, key)));
        }
        int files = 0;
        for (String id : evidenceIds.stream().distinct().toList()) {
            files += jdbc.update("DELETE FROM evidence_file WHERE id = ?", id);
        }
        count(counts, "evidence files", files);
        count(counts, "audit_log", jdbc.update("DELETE FROM audit_log WHERE business_key = ?", key));
        count(counts, "reminders", jdbc.update("DELETE FROM notification_outbox WHERE business_key = ?", key));
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        if (!instances.isEmpty()) {
            history.deleteHistoricProcessInstances(instances);
        }
        count(counts, "engine history of process instances", instances.size());
        tombstone(eventKey, key, c.kind(), c.team(), c.openedOn(), c.closedOn(), c.rule(), c.countedFrom(), c.retainUntil(),
                describe(counts), confirmedBy, runKey, processInstanceId);
        return true;
    }

    private static boolean hasEvidenceColumn(String table) {
        return table.equals("action_closure_log") || table.equals("probation_action_tracker") || table.equals("new_starter_oversight");
    }

    /** Audit entries not about a tracked item (imports, pack downloads, runs), past the audit log's own rule. */
    private int eraseLooseAuditEntries(String runKey, String confirmedBy, String processInstanceId) {
        Rule rule = schedule.rule(RecordKind.AUDIT_LOG);
        LocalDate cutoff = clock.today().minus(rule.period());
        Instant before = cutoff.atStartOfDay(clock.nowLocal().getZone()).toInstant();
        int n = jdbc.update("""
                DELETE FROM audit_log WHERE occurred_at < ?
                  AND (business_key IS NULL OR NOT (business_key LIKE 'SA-%' OR business_key LIKE 'EC-%' OR business_key LIKE 'PA-%'))""",
                Timestamp.from(before));
        if (n > 0) {
            tombstone(runKey + ":audit-log:erased", runKey, RecordKind.AUDIT_LOG, null, null, cutoff.minusDays(1),
                    RecordKind.AUDIT_LOG.name() + ": " + rule.describe(), null, cutoff,
                    n + " audit log entries not about an item, recorded before " + cutoff, confirmedBy, runKey, processInstanceId);
        }
        return n;
    }

    /** Reminders sent (or given up) before the reminders' rule, unless about an item under a hold. */
    private int eraseOldReminders(String runKey, String confirmedBy, String processInstanceId, Map<String, LegalHolds.Hold> active) {
        Rule rule = schedule.rule(RecordKind.REMINDERS_SENT);
        LocalDate cutoff = clock.today().minus(rule.period());
        Instant before = cutoff.atStartOfDay(clock.nowLocal().getZone()).toInstant();
        List<Map<String, Object>> old = jdbc.queryForList(
                "SELECT id, business_key FROM notification_outbox WHERE created_at < ? AND status <> 'QUEUED'", Timestamp.from(before));
        int n = 0;
        for (Map<String, Object> row : old) {
            String key = (String) row.get("business_key");
            if (key != null && active.containsKey(LegalHolds.SubjectType.ITEM + ":" + key)) {
                continue;
            }
            n += jdbc.update("DELETE FROM notification_outbox WHERE id = ?", ((Number) row.get("id")).longValue());
        }
        if (n > 0) {
            tombstone(runKey + ":reminders:erased", runKey, RecordKind.REMINDERS_SENT, null, null, cutoff.minusDays(1),
                    RecordKind.REMINDERS_SENT.name() + ": " + rule.describe(), null, cutoff,
                    n + " reminders sent before " + cutoff, confirmedBy, runKey, processInstanceId);
        }
        return n;
    }

    private void tombstone(String eventKey, String businessKey, RecordKind kind, String team, LocalDate openedOn,
                           LocalDate closedOn, String rule, LocalDate countedFrom, LocalDate retainUntil, String erased,
                           String confirmedBy, String runKey, String processInstanceId) {
        jdbc.update("""
                INSERT INTO retention_tombstone (event_key, business_key, record_kind, team, opened_on, closed_on, rule_name,
                                                 counted_from, retain_until, erased, erased_at, confirmed_by, run_key,
                                                 process_instance_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                eventKey, businessKey, kind.name(), team, sqlDate(openedOn), sqlDate(closedOn), rule, sqlDate(countedFrom),
                sqlDate(retainUntil), erased.length() > 2000 ? erased.substring(0, 1997) + "..." : erased,
                Timestamp.from(clock.now()), confirmedBy, runKey, processInstanceId);
    }

    private static void count(Map<String, Integer> counts, String what, int n) {
        if (n > 0) {
            counts.put(what, n);
        }
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.isEmpty() ? "nothing was left to erase"
                : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
