package uk.care.tracker.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The early warning signs of the article, each with the actions or cases behind it:
 * completions without supporting evidence, the same issue in later supervision, overdue actions clustering around
 * one manager or one area of practice, missed case reviews, progress ratings that do not move, probation actions
 * open near the week-12 decision, and confidence that does not rise after support.
 */
@Component
public class EarlyWarnings {

    /** How many missed deadlines make a cluster around one manager or one category. */
    static final int CLUSTER = 3;
    /** How many completions on a statement alone make a pattern for one manager. */
    static final int WEAK_EVIDENCE = 2;

    /** The escalated-case figures whose keys the warnings name. */
    static final List<String> ESCALATED_CASE_KEYS = List.of("reviewsDue", "reviewsOnTime", "progressUnchanged");
    /** The probation figures whose keys the warnings name. */
    static final List<String> PROBATION_KEYS = List.of("week12EarlyWarnings", "confidenceNotImproving");

    public record Warning(String code, String title, String detail, List<String> businessKeys) {
    }

    private final SupervisionFigures supervision;
    private final EscalatedCaseKpis escalated;
    private final ProbationKpis probation;

    public EarlyWarnings(SupervisionFigures supervision, EscalatedCaseKpis escalated, ProbationKpis probation) {
        this.supervision = supervision;
        this.escalated = escalated;
        this.probation = probation;
    }

    public List<Warning> list(ReportScope scope) {
        return list(scope, escalated.report(scope), probation.report(scope));
    }

    /**
     * The warnings of the scope, given its escalated-case and probation reports already made, with the keys of at least
     * {@link #ESCALATED_CASE_KEYS} and {@link #PROBATION_KEYS}.
     */
    public List<Warning> list(ReportScope scope, EscalatedCaseReport e, ProbationReport p) {
        // the figures without keys; the keys of the warnings that fire only, not of every figure of the period
        SupervisionReport s = supervision.report(scope);
        List<Warning> warnings = new ArrayList<>();
        if (s.closedWithWeakEvidence() >= WEAK_EVIDENCE) {
            warnings.add(new Warning("COMPLETED_WITHOUT_EVIDENCE", "Actions marked complete without supporting evidence",
                    s.closedWithWeakEvidence() + " actions were closed on a statement alone",
                    supervision.allKeys(scope, "closedWithWeakEvidence")));
        }
        if (s.repeatActionsCarriedForward() > 0) {
            warnings.add(new Warning("SAME_ISSUE_AGAIN", "The same issue appears in later supervision",
                    s.repeatActionsCarriedForward() + " new actions repeat an earlier action that missed its deadline",
                    supervision.allKeys(scope, "repeatActionsCarriedForward")));
        }
        clusters(warnings, s.overdueByManager(), "overdueByManager", "OVERDUE_CLUSTER_MANAGER",
                "Overdue actions cluster around one manager", scope);
        clusters(warnings, s.overdueByCategory(), "overdueByCategory", "OVERDUE_CLUSTER_CATEGORY",
                "Overdue actions cluster in one area of practice", scope);
        List<String> missedReviews = e.trace().get("reviewsDue").stream()
                .filter(id -> !e.trace().get("reviewsOnTime").contains(id)).map(id -> id.substring(0, id.indexOf('/'))).distinct().toList();
        if (!missedReviews.isEmpty()) {
            warnings.add(new Warning("REVIEW_DATES_MISSED", "Review dates are missed",
                    missedReviews.size() + " escalated cases had a review late or not at all", missedReviews));
        }
        if (e.progressUnchanged() > 0) {
            warnings.add(new Warning("PROGRESS_UNCHANGED", "Progress ratings unchanged across several weeks",
                    e.progressUnchanged() + " open cases with the same rating at the last " + EscalatedCaseKpis.UNCHANGED_RATINGS + " entries",
                    e.trace().get("progressUnchanged")));
        }
        if (p.week12EarlyWarnings() > 0) {
            warnings.add(new Warning("OPEN_NEAR_WEEK_12", "Probation actions open close to the week-12 decision without escalation",
                    p.week12EarlyWarnings() + " actions raised the week-12 early warning", p.trace().get("week12EarlyWarnings")));
        }
        if (p.confidenceNotImproving() > 0) {
            warnings.add(new Warning("CONFIDENCE_NOT_IMPROVING", "Confidence ratings do not improve after support sessions",
                    p.confidenceNotImproving() + " open probation actions with no rise in confidence over the last "
                            + ProbationKpis.FLAT_CONFIDENCE_LOGS + " weekly logs", p.trace().get("confidenceNotImproving")));
        }
        return warnings;
    }

    private void clusters(List<Warning> into, Map<String, Integer> counts, String grouping, String code, String title,
                          ReportScope scope) {
        if (counts.values().stream().noneMatch(n -> n >= CLUSTER)) {
            return;
        }
        // the keys of every group in one query: a large service has hundreds of managers with clusters
        Map<String, List<String>> keys = supervision.groupKeys(scope, grouping);
        counts.forEach((group, n) -> {
            if (n >= CLUSTER) {
                into.add(new Warning(code, title, n + " missed deadlines: " + group, keys.getOrDefault(group, List.of())));
            }
        });
    }
}
