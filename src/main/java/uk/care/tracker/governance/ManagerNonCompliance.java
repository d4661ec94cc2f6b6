package uk.care.tracker.governance;

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
import uk.care.tracker.governance.SupervisionActionFacts.ActionFact;

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

    private final SupervisionActionFacts facts;
    private final Clock clock;

    public ManagerNonCompliance(SupervisionActionFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public Report report(ReportScope scope) {
        return report(scope, facts.all(), clock.today());
    }

    Report report(ReportScope scope, List<ActionFact> all, LocalDate today) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(YearMonth.from(scope.to())); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Map<String, List<ActionFact>> byManager = new TreeMap<>();
        for (ActionFact a : all) {
            if (scope.matches(a.team(), a.manager()) && scope.contains(a.deadline()) && a.deadline().isBefore(today)
                    && a.missedDeadline()) {
                byManager.computeIfAbsent(a.manager(), k -> new ArrayList<>()).add(a);
            }
        }
        List<ManagerRecord> records = new ArrayList<>();
        byManager.forEach((manager, missed) -> {
            Map<String, Integer> perMonth = new LinkedHashMap<>();
            months.forEach(m -> perMonth.put(m, 0));
            missed.forEach(a -> perMonth.merge(YearMonth.from(a.deadline()).toString(), 1, Integer::sum));
            boolean persistent = perMonth.values().stream().allMatch(n -> n > 0);
            records.add(new ManagerRecord(manager, perMonth, missed.size(), persistent,
                    missed.stream().map(ActionFact::businessKey).sorted().toList()));
        });
        records.sort(Comparator.comparing(ManagerRecord::persistent).reversed()
                .thenComparing(Comparator.comparingInt(ManagerRecord::missed).reversed()));
        return new Report(scope.from(), scope.to(), months, records, (int) records.stream().filter(ManagerRecord::persistent).count());
    }
}
