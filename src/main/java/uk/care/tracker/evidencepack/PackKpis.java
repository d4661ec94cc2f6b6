package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ProbationKpis;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionKpis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One workflow's KPI figures in an evidence pack, each with the business keys behind it. A bean per workflow,
 * listed in {@code @Order}: supervision actions, escalated cases, and the next one that implements this (probation
 * actions: a {@code ProbationPackKpis} over {@code ProbationKpis}, as {@link SupervisionPackKpis} is over
 * {@link SupervisionKpis}). The pack itself needs no change for a new section.
 */
public interface PackKpis {

    /**
     * The figures for the scope; for one staff member's pack ({@code staffId} not null) the same figures counted
     * over that person's items only.
     */
    Section section(ReportScope scope, String staffId);

    /** A titled table of figures, as the pack prints it. */
    record Section(String title, List<Figure> figures) {
    }

    /**
     * @param name  the field of the JSON report it comes from, e.g. {@code onTimeClosurePercent}
     * @param label what it means, in words a manager uses
     * @param value a count, a percentage (one decimal) or a number of days; null when there is nothing to divide by
     * @param unit  {@code ""}, {@code "%"} or {@code "days"}
     * @param keys  the business keys behind it (for a review figure: {@code EC-2026-000001/CASE_REVIEW/1})
     */
    record Figure(String name, String label, Number value, String unit, List<String> keys) {
    }

    /** Builds a section's figures in order. */
    final class Figures {
        private final List<Figure> figures = new ArrayList<>();
        private final Map<String, List<String>> trace;

        Figures(Map<String, List<String>> trace) {
            this.trace = trace;
        }

        /** A count whose keys are the trace entry of the same name. */
        Figures count(String name, String label, int value) {
            return add(name, label, value, "", name);
        }

        Figures add(String name, String label, Number value, String unit, String traceName) {
            figures.add(new Figure(name, label, value, unit, trace.getOrDefault(traceName, List.of())));
            return this;
        }

        /** One figure per group (manager, team, category), keys from {@code traceName:group}. */
        Figures groups(String name, String label, Map<String, Integer> counts, String traceName) {
            counts.forEach((group, n) -> add(name + ":" + group, label + ": " + group, n, "", traceName + ":" + group));
            return this;
        }

        List<Figure> list() {
            return List.copyOf(figures);
        }
    }
}
