package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Items;
import uk.care.tracker.registers.EscalatedCaseRegisters;
import uk.care.tracker.registers.EscalatedCaseRegisters.ClosureRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.ReviewCycleRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.TrackerRow;
import uk.care.tracker.registers.RegisterRow;
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

    private final EscalatedCaseRegisters registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public EscalatedCaseFacts(EscalatedCaseRegisters registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<CaseFact> all() {
        return read(Items.ALL);
    }

    /** The facts of these items only, built as {@link #all()} builds every item's: what a meeting pack lists. */
    public List<CaseFact> forKeys(Collection<String> businessKeys) {
        return businessKeys.isEmpty() ? List.of() : read(Items.of(businessKeys));
    }

    private List<CaseFact> read(Items items) {
        Map<String, StaffMember> people = staff.byId();
        Map<String, ClosureRow> closures = new HashMap<>();
        registers.closures(items).forEach(row -> closures.putIfAbsent(row.businessKey(), row));
        Map<String, List<LocalDate>> oversight = new HashMap<>();
        registers.seniorOversight(items).forEach(row -> oversight.computeIfAbsent(row.businessKey(), k -> new ArrayList<>()).add(day(row)));
        Map<String, Map<String, ReviewFact>> reviews = new HashMap<>();
        Map<String, List<Integer>> ratings = new HashMap<>();
        collectReviews(registers.monitoringReviews(items), "MONITORING_REVIEW", reviews);
        collectReviews(registers.caseReviews(items), "CASE_REVIEW", reviews);
        registers.progressChecks(items).forEach(row -> ratings.computeIfAbsent(row.businessKey(), k -> new ArrayList<>())
                .add(row.progressRating()));
        List<CaseFact> facts = new ArrayList<>();
        for (TrackerRow row : registers.opened(items)) {
            String key = row.businessKey();
            StaffMember member = people.get(row.staffId());
            ClosureRow closure = closures.get(key);
            facts.add(new CaseFact(key, row.staffId(), member == null ? null : member.name(),
                    member == null ? null : member.team(), row.lineManager(), row.concernType(), row.escalatedDate(),
                    day(row), row.targetClosureDate(), closure == null ? null : day(closure),
                    closure == null ? null : closure.caseOutcome(), member == null ? null : member.startDate(),
                    oversight.getOrDefault(key, List.of()), List.copyOf(reviews.getOrDefault(key, Map.of()).values()),
                    ratings.getOrDefault(key, List.of())));
        }
        return facts;
    }

    /** A completed review and a missed one of the same cycle are one review: due once, done late (or never). */
    private void collectReviews(List<? extends ReviewCycleRow> rows, String kind, Map<String, Map<String, ReviewFact>> into) {
        for (ReviewCycleRow row : rows) {
            int cycle = row.reviewCycle();
            LocalDate due = clock.dateOf(row.reviewDue());
            LocalDate completed = row.missed() ? null : day(row);
            into.computeIfAbsent(row.businessKey(), k -> new LinkedHashMap<>())
                    .merge(kind + ":" + cycle, new ReviewFact(kind, cycle, due, completed),
                            (a, b) -> new ReviewFact(kind, cycle, a.due(), a.completedOn() != null ? a.completedOn() : b.completedOn()));
        }
    }

    private LocalDate day(RegisterRow row) {
        return clock.dateOf(row.recordedAt());
    }
}
