package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.EscalatedCaseFacts.ReviewFact;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ProbationActionFacts.SupportLog;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * The KPIs' facts of the given items only, built from their current register rows exactly as
 * {@code SupervisionActionFacts}, {@code EscalatedCaseFacts} and {@code ProbationActionFacts} build those of every
 * item (which a meeting pack must not read: all history). One query per register and 500 items.
 */
@Component
class ItemFacts {

    private static final Set<String> RATED = Set.of("INTERIM_CHECK", "FORMAL_REVIEW");

    private final RegisterReader registers;
    private final StaffDirectory staff;
    private final Clock clock;

    ItemFacts(RegisterReader registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    List<ActionFact> actions(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, StaffMember> people = staff.byId();
        Map<String, Map<String, Object>> closures = first(registers.forBusinessKeys(Register.ACTION_CLOSURE_LOG, "closed = TRUE", keys));
        Map<String, Map<String, Object>> escalations = first(registers.forBusinessKeys(Register.OVERDUE_ACTIONS_REGISTER,
                "entry_type = 'ESCALATED'", keys));
        List<Map<String, Object>> tracker = registers.forBusinessKeys(Register.ACTION_TRACKER,
                "entry_type IN ('REGISTERED', 'REWORDED')", keys);
        // the last rewording's description replaces the one registered
        Map<String, String> descriptions = new HashMap<>();
        tracker.stream().filter(row -> "REWORDED".equals(row.get("entry_type")))
                .forEach(row -> descriptions.put(key(row), (String) row.get("action_description")));
        List<ActionFact> facts = new ArrayList<>();
        for (Map<String, Object> row : tracker) {
            if (!"REGISTERED".equals(row.get("entry_type"))) {
                continue;
            }
            String key = key(row);
            StaffMember member = people.get((String) row.get("staff_id"));
            Map<String, Object> closure = closures.get(key);
            Map<String, Object> escalation = escalations.get(key);
            facts.add(new ActionFact(key, (String) row.get("staff_id"), member == null ? null : member.name(),
                    member == null ? null : member.team(), (String) row.get("manager_responsible"),
                    (String) row.get("action_category"), descriptions.getOrDefault(key, (String) row.get("action_description")),
                    Rows.localDate(row.get("supervision_date")), day(row), Rows.localDate(row.get("deadline")),
                    closure == null ? null : day(closure), closure == null ? null : (String) closure.get("evidence_type"),
                    closure == null ? null : (String) closure.get("evidence_description"),
                    escalation == null ? null : day(escalation), Boolean.TRUE.equals(row.get("late_entry"))));
        }
        return facts;
    }

    List<CaseFact> cases(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, StaffMember> people = staff.byId();
        Map<String, Map<String, Object>> closures = first(registers.forBusinessKeys(Register.WORKFORCE_CASE_CLOSURE_REGISTER, "1 = 1", keys));
        Map<String, List<LocalDate>> oversight = days(registers.forBusinessKeys(Register.SERVICE_IMPROVEMENT_PLAN,
                "entry_type = 'ESCALATED_TO_SENIOR_OVERSIGHT'", keys));
        Map<String, Map<String, ReviewFact>> reviews = new HashMap<>();
        Map<String, List<Integer>> ratings = new HashMap<>();
        List<Map<String, Object>> monitoring = registers.forBusinessKeys(Register.ESCALATED_CASE_MONITORING_LOG,
                "review_cycle IS NOT NULL OR entry_type IN ('INTERIM_CHECK', 'FORMAL_REVIEW')", keys);
        collectReviews(monitoring.stream().filter(row -> row.get("review_cycle") != null).toList(), "MONITORING_REVIEW", reviews);
        collectReviews(registers.forBusinessKeys(Register.ESCALATED_WORKFORCE_CASE_REVIEW, "review_cycle IS NOT NULL", keys),
                "CASE_REVIEW", reviews);
        monitoring.stream().filter(row -> RATED.contains((String) row.get("entry_type"))).forEach(row ->
                ratings.computeIfAbsent(key(row), k -> new ArrayList<>()).add(((Number) row.get("progress_rating")).intValue()));
        List<CaseFact> facts = new ArrayList<>();
        for (Map<String, Object> row : registers.forBusinessKeys(Register.FORMAL_ESCALATION_TRACKER, "entry_type = 'OPENED'", keys)) {
            String key = key(row);
            StaffMember member = people.get((String) row.get("staff_id"));
            Map<String, Object> closure = closures.get(key);
            facts.add(new CaseFact(key, (String) row.get("staff_id"), member == null ? null : member.name(),
                    member == null ? null : member.team(), (String) row.get("line_manager"), (String) row.get("concern_type"),
                    Rows.localDate(row.get("escalated_date")), day(row), Rows.localDate(row.get("target_closure_date")),
                    closure == null ? null : day(closure), closure == null ? null : (String) closure.get("case_outcome"),
                    member == null ? null : member.startDate(), oversight.getOrDefault(key, List.of()),
                    List.copyOf(reviews.getOrDefault(key, Map.of()).values()), ratings.getOrDefault(key, List.of())));
        }
        return facts;
    }

    List<ProbationFact> probationActions(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, StaffMember> people = staff.byId();
        List<Map<String, Object>> tracker = registers.forBusinessKeys(Register.PROBATION_ACTION_TRACKER,
                "entry_type IN ('REGISTERED', 'CLOSED')", keys);
        Map<String, Map<String, Object>> closures = first(tracker.stream().filter(row -> "CLOSED".equals(row.get("entry_type"))).toList());
        Map<String, List<LocalDate>> escalations = days(registers.forBusinessKeys(Register.PROBATION_ESCALATION,
                "entry_type = 'ESCALATED'", keys));
        Map<String, List<LocalDate>> warnings = days(registers.forBusinessKeys(Register.NEW_STARTER_OVERSIGHT,
                "entry_type = 'EARLY_WARNING'", keys));
        Map<String, List<SupportLog>> logs = new HashMap<>();
        for (Map<String, Object> row : registers.forBusinessKeys(Register.PROBATION_SUPPORT_LOG, "1 = 1", keys)) {
            Object change = row.get("confidence_change");
            logs.computeIfAbsent(key(row), k -> new ArrayList<>()).add(new SupportLog(
                    Rows.localDate(row.get("due_on")), Boolean.TRUE.equals(row.get("submitted_late")),
                    change == null ? null : ((Number) change).intValue(), "MISSED".equals(row.get("entry_type"))));
        }
        List<ProbationFact> facts = new ArrayList<>();
        for (Map<String, Object> row : tracker) {
            if (!"REGISTERED".equals(row.get("entry_type"))) {
                continue;
            }
            String key = key(row);
            StaffMember member = people.get((String) row.get("staff_id"));
            Map<String, Object> closure = closures.get(key);
            facts.add(new ProbationFact(key, (String) row.get("staff_id"), member == null ? null : member.name(),
                    member == null ? null : member.team(), member == null ? null : member.lineManager(),
                    (String) row.get("person_responsible"), (String) row.get("competency_area"), (String) row.get("checkpoint"),
                    day(row), Rows.localDate(row.get("deadline")), closure == null ? null : day(closure),
                    closure == null ? null : (String) closure.get("evidence_type"), escalations.getOrDefault(key, List.of()),
                    warnings.getOrDefault(key, List.of()), logs.getOrDefault(key, List.of())));
        }
        return facts;
    }

    /** A completed review and a missed one of the same cycle are one review: due once, done late (or never). */
    private void collectReviews(List<Map<String, Object>> rows, String kind, Map<String, Map<String, ReviewFact>> into) {
        for (Map<String, Object> row : rows) {
            int cycle = ((Number) row.get("review_cycle")).intValue();
            LocalDate due = clock.dateOf(Rows.instant(row.get("review_due")));
            LocalDate completed = "MISSED_REVIEW".equals(row.get("entry_type")) ? null : day(row);
            into.computeIfAbsent(key(row), k -> new LinkedHashMap<>())
                    .merge(kind + ":" + cycle, new ReviewFact(kind, cycle, due, completed),
                            (a, b) -> new ReviewFact(kind, cycle, a.due(), a.completedOn() != null ? a.completedOn() : b.completedOn()));
        }
    }

    /** The first row of each item (rows come oldest first per item). */
    private static Map<String, Map<String, Object>> first(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> first = new HashMap<>();
        rows.forEach(row -> first.putIfAbsent(key(row), row));
        return first;
    }

    private Map<String, List<LocalDate>> days(List<Map<String, Object>> rows) {
        Map<String, List<LocalDate>> days = new HashMap<>();
        rows.forEach(row -> days.computeIfAbsent(key(row), k -> new ArrayList<>()).add(day(row)));
        return days;
    }

    private static String key(Map<String, Object> row) {
        return (String) row.get("business_key");
    }

    private LocalDate day(Map<String, Object> row) {
        return clock.dateOf(Rows.instant(row.get("recorded_at")));
    }
}
