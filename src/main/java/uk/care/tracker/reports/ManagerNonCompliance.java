package uk.care.tracker.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;

/**
 * The quarterly review of persistent manager non-compliance (article example 1, governance): for each manager,
 * the supervision actions whose deadlines they missed, month by month. Persistent means a missed deadline in
 * every month of the period.
 */
@Component
public class ManagerNonCompliance {

    public record ManagerRecord(String manager, Map<String, Integer> missedByMonth, int missed, boolean persistent,
                                List<String> businessKeys) {
    }

    public record Report(LocalDate from, LocalDate to, List<String> months, List<ManagerRecord> managers, int persistent) {
    }

    private final SupervisionFigures figures;
    private final Clock clock;

    public ManagerNonCompliance(SupervisionFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** The quarter's missed deadlines read from the database: the actions due in the period, not all history. */
    public Report report(ReportScope scope) {
        LocalDate today = clock.today();
        return summarise(scope, figures.missedDeadlines(scope, today));
    }

    /** The definition in memory over every action, kept as the test oracle of {@link #report(ReportScope)}. */
    Report report(ReportScope scope, List<ActionFact> all, LocalDate today) {
        List<SupervisionFigures.Missed> missed = new ArrayList<>();
        for (ActionFact a : all) {
            if (scope.matches(a.team(), a.manager()) && scope.contains(a.deadline()) && a.deadline().isBefore(today)
                    && a.missedDeadline()) {
                missed.add(new SupervisionFigures.Missed(a.businessKey(), a.manager(), a.deadline()));
            }
        }
        return summarise(scope, missed);
    }

    static Report summarise(ReportScope scope, List<SupervisionFigures.Missed> all) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(YearMonth.from(scope.to())); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Map<String, List<SupervisionFigures.Missed>> byManager = new TreeMap<>();
        for (SupervisionFigures.Missed a : all) {
            byManager.computeIfAbsent(a.manager(), k -> new ArrayList<>()).add(a);
        }
        List<ManagerRecord> records = new ArrayList<>();
        byManager.forEach((manager, missed) -> {
            Map<String, Integer> perMonth = new LinkedHashMap<>();
            months.forEach(m -> perMonth.put(m, 0));
            missed.forEach(a -> perMonth.merge(YearMonth.from(a.deadline()).toString(), 1, Integer::sum));
            boolean persistent = perMonth.values().stream().allMatch(n -> n > 0);
            records.add(new ManagerRecord(manager, perMonth, missed.size(), persistent,
                    missed.stream().map(SupervisionFigures.Missed::businessKey).sorted().toList()));
        });
        records.sort(Comparator.comparing(ManagerRecord::persistent).reversed()
                .thenComparing(Comparator.comparingInt(ManagerRecord::missed).reversed()));
        return new Report(scope.from(), scope.to(), months, records, (int) records.stream().filter(ManagerRecord::persistent).count());
    }
}
