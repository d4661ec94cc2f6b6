package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/** Every escalated case reduced to the facts its KPIs need, from the current rows of the example 2 registers. */
@Component
public class EscalatedCaseFacts {

    /** One review that fell due: formal monitoring review or case review, cycle n; completedOn null if never done. */
    public record ReviewFact(String kind, int cycle, LocalDate due, LocalDate completedOn) {
        public boolean onTime() {
            return completedOn != null && !completedOn.isAfter(due);
        }
    }

    public record CaseFact(String businessKey, String staffId, String staffName, String team, String lineManager,
                           String concernType, LocalDate escalatedDate, LocalDate openedOn, LocalDate targetClosureDate,
                           LocalDate closedOn, String outcome, LocalDate staffStartDate, List<LocalDate> seniorOversightOn,
                           List<ReviewFact> reviews, List<Integer> progressRatings) {

        public boolean openAt(LocalDate day) {
            return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }

        public boolean closedWithinTarget() {
            return closedOn != null && !closedOn.isAfter(targetClosureDate);
        }
    }

    private final RegisterReader registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public EscalatedCaseFacts(RegisterReader registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<CaseFact> all() {
        Map<String, StaffMember> people = staff.byId();
        Map<String, Map<String, Object>> closures = firstByKey(registers.where(Register.WORKFORCE_CASE_CLOSURE_REGISTER, "1 = 1"));
        Map<String, List<LocalDate>> oversight = new HashMap<>();
        for (Map<String, Object> row : registers.where(Register.SERVICE_IMPROVEMENT_PLAN, "entry_type = 'ESCALATED_TO_SENIOR_OVERSIGHT'")) {
            oversight.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>()).add(day(row));
        }
        Map<String, Map<String, ReviewFact>> reviews = new HashMap<>();
        Map<String, List<Integer>> ratings = new HashMap<>();
        collectReviews(registers.where(Register.ESCALATED_CASE_MONITORING_LOG, "review_cycle IS NOT NULL"), "MONITORING_REVIEW", reviews);
        collectReviews(registers.where(Register.ESCALATED_WORKFORCE_CASE_REVIEW, "review_cycle IS NOT NULL"), "CASE_REVIEW", reviews);
        for (Map<String, Object> row : registers.where(Register.ESCALATED_CASE_MONITORING_LOG,
                "entry_type IN ('INTERIM_CHECK', 'FORMAL_REVIEW')")) {
            ratings.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>())
                    .add(((Number) row.get("progress_rating")).intValue());
        }
        List<CaseFact> facts = new ArrayList<>();
        for (Map<String, Object> row : registers.where(Register.FORMAL_ESCALATION_TRACKER, "entry_type = 'OPENED'")) {
            String key = (String) row.get("business_key");
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

    /** A completed review and a missed one of the same cycle are one review: due once, done late (or never). */
    private void collectReviews(List<Map<String, Object>> rows, String kind, Map<String, Map<String, ReviewFact>> into) {
        for (Map<String, Object> row : rows) {
            int cycle = ((Number) row.get("review_cycle")).intValue();
            LocalDate due = clock.dateOf(Rows.instant(row.get("review_due")));
            LocalDate completed = "MISSED_REVIEW".equals(row.get("entry_type")) ? null : day(row);
            into.computeIfAbsent((String) row.get("business_key"), k -> new LinkedHashMap<>())
                    .merge(kind + ":" + cycle, new ReviewFact(kind, cycle, due, completed),
                            (a, b) -> new ReviewFact(kind, cycle, a.due(), a.completedOn() != null ? a.completedOn() : b.completedOn()));
        }
    }

    private static Map<String, Map<String, Object>> firstByKey(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> first = new HashMap<>();
        rows.forEach(row -> first.putIfAbsent((String) row.get("business_key"), row));
        return first;
    }

    private LocalDate day(Map<String, Object> row) {
        return clock.dateOf(Rows.instant(row.get("recorded_at")));
    }
}
