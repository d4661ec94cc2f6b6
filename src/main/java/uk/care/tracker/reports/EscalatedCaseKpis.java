package uk.care.tracker.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.EscalatedCaseFacts.ReviewFact;

/** The escalated-case KPIs, defined here and in docs/kpi-definitions.md. */
@Component
public class EscalatedCaseKpis {

    /** A repeat escalation is a new case for the same staff member and concern within this many days of the last closing. */
    static final int REPEAT_WINDOW_DAYS = 60;
    /** A recent recruit started within this many days before the escalation. */
    static final int RECENT_RECRUIT_DAYS = 365;
    /** Ratings unchanged over this many entries is the article's warning sign. */
    static final int UNCHANGED_RATINGS = 3;

    private final EscalatedCaseFacts facts;
    private final Clock clock;
    private final EscalatedCaseFigures figures;

    /** The definition alone, over facts given to {@link #report(ReportScope, List, LocalDate)} (the tests' oracle). */
    public EscalatedCaseKpis(EscalatedCaseFacts facts, Clock clock) {
        this(facts, clock, null);
    }

    @Autowired
    public EscalatedCaseKpis(EscalatedCaseFacts facts, Clock clock, EscalatedCaseFigures figures) {
        this.facts = facts;
        this.clock = clock;
        this.figures = figures;
    }

    /**
     * The scope's figures as they stand today with every business key behind them (early warnings, the monthly
     * summary): computed in the database ({@link EscalatedCaseFigures}), which is tested to agree with the definition below.
     */
    public EscalatedCaseReport report(ReportScope scope) {
        if (figures != null) {
            return figures.report(scope, clock.today(), true);
        }
        return report(scope, facts.all(), clock.today());
    }

    public EscalatedCaseReport report(ReportScope scope, List<CaseFact> all, LocalDate today) {
        LocalDate asOf = scope.asOf(today);
        List<CaseFact> inScope = all.stream().filter(c -> scope.matches(c.team(), c.lineManager())).toList();
        Map<String, List<String>> trace = new LinkedHashMap<>();
        Traced<CaseFact> t = new Traced<>(trace, CaseFact::businessKey);

        List<CaseFact> opened = t.select("opened", inScope, c -> scope.contains(c.openedOn()));
        t.select("openCases", inScope, c -> c.openAt(asOf));
        // reviews whose due day is in the period and has ended; on time when recorded by the end of the due day
        List<String> due = new java.util.ArrayList<>();
        List<String> onTime = new java.util.ArrayList<>();
        for (CaseFact c : inScope) {
            for (ReviewFact review : c.reviews()) {
                if (scope.contains(review.due()) && review.due().isBefore(today)) {
                    String id = c.businessKey() + "/" + review.kind() + "/" + review.cycle();
                    due.add(id);
                    if (review.onTime()) {
                        onTime.add(id);
                    }
                }
            }
        }
        trace.put("reviewsDue", due.stream().sorted().toList());
        trace.put("reviewsOnTime", onTime.stream().sorted().toList());
        List<CaseFact> closed = t.select("closed", inScope, c -> scope.contains(c.closedOn()));
        List<CaseFact> withinTarget = t.select("closedWithinTarget", closed, CaseFact::closedWithinTarget);
        Double averageDuration = closed.isEmpty() ? null : BigDecimal.valueOf(closed.stream()
                        .mapToLong(c -> ChronoUnit.DAYS.between(c.escalatedDate(), c.closedOn())).sum())
                .divide(BigDecimal.valueOf(closed.size()), 1, RoundingMode.HALF_UP).doubleValue();
        t.select("repeatEscalationsWithin60Days", opened, c -> all.stream().anyMatch(earlier -> repeats(earlier, c)));
        t.select("seniorOversightEscalations", inScope, c -> c.seniorOversightOn().stream().anyMatch(scope::contains));
        t.select("progressUnchanged", inScope, c -> c.openAt(asOf) && unchanged(c.progressRatings()));
        t.select("openedForRecentRecruits", opened, this::recentRecruit);

        return new EscalatedCaseReport(scope.from(), scope.to(), scope.team(), scope.manager(),
                opened.size(), t.count("openCases"), due.size(), onTime.size(), Percent.of(onTime.size(), due.size()),
                closed.size(), withinTarget.size(), Percent.of(withinTarget.size(), closed.size()), averageDuration,
                t.count("repeatEscalationsWithin60Days"), t.count("seniorOversightEscalations"),
                t.count("progressUnchanged"),
                Traced.countBy(opened, c -> c.team() == null ? "(not in directory)" : c.team()), Traced.countBy(opened, CaseFact::lineManager),
                t.count("openedForRecentRecruits"), trace);
    }

    static boolean repeats(CaseFact earlier, CaseFact later) {
        return !earlier.businessKey().equals(later.businessKey()) && earlier.staffId().equals(later.staffId())
                && earlier.concernType().equals(later.concernType()) && earlier.closedOn() != null
                && !earlier.closedOn().isAfter(later.escalatedDate())
                && ChronoUnit.DAYS.between(earlier.closedOn(), later.escalatedDate()) <= REPEAT_WINDOW_DAYS;
    }

    private boolean recentRecruit(CaseFact c) {
        return c.staffStartDate() != null && !c.staffStartDate().isAfter(c.escalatedDate())
                && ChronoUnit.DAYS.between(c.staffStartDate(), c.escalatedDate()) <= RECENT_RECRUIT_DAYS;
    }

    /** The last {@value #UNCHANGED_RATINGS} ratings are the same. */
    static boolean unchanged(List<Integer> ratings) {
        if (ratings.size() < UNCHANGED_RATINGS) {
            return false;
        }
        List<Integer> last = ratings.subList(ratings.size() - UNCHANGED_RATINGS, ratings.size());
        return last.stream().distinct().count() == 1;
    }
}
