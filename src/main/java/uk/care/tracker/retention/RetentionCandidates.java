package uk.care.tracker.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.retention.RetentionProperties.Rule;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * Finds the items past their retention on a day: closed supervision actions, escalated cases and probation actions
 * whose rule's period has run out, whose workflow has ended, and that no legal hold covers. The run's list is kept in
 * {@code retention_candidate} until the run ends.
 */
@Component
public class RetentionCandidates {

    /** One item due for erasure. */
    public record Candidate(String businessKey, RecordKind kind, String staffId, String team, String rule,
                            LocalDate countedFrom, LocalDate retainUntil, LocalDate openedOn, LocalDate closedOn) {
    }

    /** Per workflow: when each item was opened and closed, read from its own registers. */
    private static final Map<RecordKind, String> ITEMS_SQL = Map.of(
            RecordKind.SUPERVISION_ACTIONS, """
                    SELECT t.business_key, MIN(t.staff_id) AS staff_id, MIN(t.recorded_at) AS opened_at,
                           (SELECT MIN(c.recorded_at) FROM action_closure_log c WHERE c.business_key = t.business_key AND c.closed = TRUE) AS closed_at
                    FROM action_tracker t GROUP BY t.business_key""",
            RecordKind.ESCALATED_CASES, """
                    SELECT t.business_key, MIN(t.staff_id) AS staff_id, MIN(t.recorded_at) AS opened_at,
                           (SELECT MAX(c.recorded_at) FROM workforce_case_closure_register c WHERE c.business_key = t.business_key) AS closed_at
                    FROM formal_escalation_tracker t GROUP BY t.business_key""",
            RecordKind.PROBATION_ACTIONS, """
                    SELECT t.business_key, MIN(t.staff_id) AS staff_id, MIN(t.recorded_at) AS opened_at,
                           MIN(CASE WHEN t.entry_type = 'CLOSED' THEN t.recorded_at END) AS closed_at
                    FROM probation_action_tracker t GROUP BY t.business_key""");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final StaffDirectory staff;
    private final RetentionProperties schedule;
    private final LegalHolds holds;
    private final RuntimeService runtime;

    public RetentionCandidates(JdbcTemplate jdbc, Clock clock, StaffDirectory staff, RetentionProperties schedule,
                               LegalHolds holds, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.schedule = schedule;
        this.holds = holds;
        this.runtime = runtime;
    }

    /** What is past retention today, and how many items past retention a hold keeps. */
    public record Found(List<Candidate> due, int held) {
    }

    public Found find(LocalDate today) {
        Map<String, StaffMember> directory = staff.byId();
        Map<String, LegalHolds.Hold> active = holds.active();
        Set<String> withEvidence = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT business_key FROM evidence_file WHERE business_key IS NOT NULL", String.class));
        List<Candidate> due = new ArrayList<>();
        int held = 0;
        for (RecordKind kind : RecordKind.items()) {
            Rule rule = schedule.rule(kind);
            for (Map<String, Object> row : jdbc.queryForList(ITEMS_SQL.get(kind))) {
                java.time.Instant closedAt = row.get("closed_at") == null ? null : Rows.instant(row.get("closed_at"));
                if (closedAt == null) {
                    continue; // open items are never erased
                }
                String key = (String) row.get("business_key");
                String staffId = (String) row.get("staff_id");
                StaffMember member = directory.get(staffId);
                LocalDate closed = clock.dateOf(closedAt);
                LocalDate opened = clock.dateOf(Rows.instant(row.get("opened_at")));
                LocalDate from = countedFrom(rule, closed, member);
                if (from == null) {
                    continue;
                }
                LocalDate until = from.plus(rule.period());
                String ruleName = kind.name() + ": " + rule.describe();
                if (withEvidence.contains(key)) {
                    Rule evidence = schedule.rule(RecordKind.EVIDENCE_FILES);
                    LocalDate evidenceFrom = countedFrom(evidence, closed, member);
                    if (evidenceFrom == null) {
                        continue;
                    }
                    LocalDate evidenceUntil = evidenceFrom.plus(evidence.period());
                    if (evidenceUntil.isAfter(until)) {
                        until = evidenceUntil;
                        from = evidenceFrom;
                        ruleName = RecordKind.EVIDENCE_FILES.name() + ": " + evidence.describe();
                    }
                }
                if (!today.isAfter(until)) {
                    continue;
                }
                if (LegalHolds.holds(active, key, staffId)) {
                    held++;
                    continue;
                }
                if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
                    continue; // its workflow still runs (a late review): not erased under it
                }
                due.add(new Candidate(key, kind, staffId, member == null ? null : member.team(), ruleName, from, until,
                        opened, closed));
            }
        }
        return new Found(due, held);
    }

    private static LocalDate countedFrom(Rule rule, LocalDate closed, StaffMember member) {
        return switch (rule.countedFrom()) {
            case CLOSURE, RECORDED -> closed;
            case LEAVING -> member == null || member.leavingDate() == null ? null
                    : (member.leavingDate().isAfter(closed) ? member.leavingDate() : closed);
        };
    }

    public void save(String runKey, List<Candidate> due) {
        for (Candidate c : due) {
            Integer seen = jdbc.queryForObject("SELECT COUNT(*) FROM retention_candidate WHERE run_key = ? AND business_key = ?",
                    Integer.class, runKey, c.businessKey());
            if (seen != null && seen > 0) {
                continue; // a retried job
            }
            jdbc.update("""
                    INSERT INTO retention_candidate (run_key, business_key, record_kind, staff_id, team, rule_name,
                                                     counted_from, retain_until, opened_on, closed_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    runKey, c.businessKey(), c.kind().name(), c.staffId(), c.team(), c.rule(), Date.valueOf(c.countedFrom()),
                    Date.valueOf(c.retainUntil()), sqlDate(c.openedOn()), sqlDate(c.closedOn()));
        }
    }

    public List<Candidate> ofRun(String runKey) {
        return jdbc.query("SELECT * FROM retention_candidate WHERE run_key = ? ORDER BY business_key", (rs, n) -> new Candidate(
                rs.getString("business_key"), RecordKind.valueOf(rs.getString("record_kind")), rs.getString("staff_id"),
                rs.getString("team"), rs.getString("rule_name"), rs.getDate("counted_from").toLocalDate(),
                rs.getDate("retain_until").toLocalDate(), localDate(rs.getDate("opened_on")),
                localDate(rs.getDate("closed_on"))), runKey);
    }

    public void forgetRun(String runKey) {
        jdbc.update("DELETE FROM retention_candidate WHERE run_key = ?", runKey);
    }

    /** Staff ids and business keys of the run, which a hold in the Registered Manager's task may name. */
    public Set<String> subjectsOfRun(String runKey) {
        Set<String> subjects = new HashSet<>();
        for (Candidate c : ofRun(runKey)) {
            subjects.add(c.businessKey());
            if (c.staffId() != null) {
                subjects.add(c.staffId());
            }
        }
        return subjects;
    }

    static Map<RecordKind, Integer> countByKind(List<Candidate> due) {
        Map<RecordKind, Integer> counts = new HashMap<>();
        due.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    private static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
