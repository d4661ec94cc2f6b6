package uk.care.tracker.governance;

import uk.care.tracker.reports.EscalatedCaseKpis;
import uk.care.tracker.reports.EscalatedCaseReport;
import uk.care.tracker.reports.ProbationKpis;
import uk.care.tracker.reports.ProbationReport;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionKpis;
import uk.care.tracker.reports.SupervisionReport;

import static uk.care.tracker.governance.GovernanceVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article governance, monthly: the workforce assurance summary (supervision actions), the workforce development
 * assurance report (probation) and the escalated-case review of the previous month, each stored with its full
 * figures, and a readable digest for the Quality Lead's review task.
 */
@Component
class GenerateMonthlySummaries implements JavaDelegate {

    private final SupervisionKpis supervision;
    private final ProbationKpis probation;
    private final EscalatedCaseKpis escalated;
    private final RegisterWriter registers;
    private final ObjectMapper json;

    public GenerateMonthlySummaries(SupervisionKpis supervision, ProbationKpis probation, EscalatedCaseKpis escalated,
                                    RegisterWriter registers, ObjectMapper json) {
        this.supervision = supervision;
        this.probation = probation;
        this.escalated = escalated;
        this.registers = registers;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        LocalDate from = facts.date(PERIOD_FROM);
        LocalDate to = facts.date(PERIOD_TO);
        ReportScope scope = ReportScope.of(from, to);
        SupervisionReport s = supervision.report(scope);
        ProbationReport p = probation.report(scope);
        EscalatedCaseReport e = escalated.report(scope);

        registers.append(entry(facts, Register.WORKFORCE_ASSURANCE_SUMMARY, from, to)
                .set("opened", s.opened()).set("due_in_period", s.dueInPeriod()).set("closed_on_time", s.closedOnTime())
                .set("on_time_percent", s.onTimeClosurePercent()).set("open_overdue", s.openOverdue())
                .set("weak_evidence", s.closedWithWeakEvidence()).set("carried_forward", s.repeatActionsCarriedForward())
                .set("figures", write(s)).build());
        registers.append(entry(facts, Register.WORKFORCE_DEVELOPMENT_ASSURANCE_REPORT, from, to)
                .set("opened", p.opened()).set("due_in_period", p.dueInPeriod()).set("closed_by_due_date", p.closedByDueDate())
                .set("closed_by_due_percent", p.closedByDueDatePercent()).set("escalations", p.escalations())
                .set("mentor_updates_on_time_percent", p.mentorUpdatesOnTimePercent())
                .set("poorly_evidenced", p.poorlyEvidencedSignOffs()).set("figures", write(p)).build());
        registers.append(entry(facts, Register.ESCALATED_CASE_REVIEW_SUMMARY, from, to)
                .set("open_cases", e.openCases()).set("review_timeliness_percent", e.reviewTimelinessPercent())
                .set("closed_within_target_percent", e.closedWithinTargetPercent())
                .set("average_duration_days", e.averageCaseDurationDays())
                .set("repeat_escalations", e.repeatEscalationsWithin60Days()).set("figures", write(e)).build());

        execution.setVariable(SUMMARY_TEXT, """
                **Supervision actions** (workforce assurance summary): %d opened; %d due, %d closed on time (%s); \
                %d open and overdue at the month end; %d closed on a statement alone; %d repeated an action carried forward.

                **Probation actions** (workforce development assurance report): %d opened; %d due, %d closed by the due date (%s); \
                %d escalations; mentor updates on time %s; %d sign-offs on a statement alone.

                **Escalated cases**: %d open at the month end; reviews on time %s; closed within target %s; \
                average duration %s days; %d repeat escalations within 60 days.
                """.formatted(s.opened(), s.dueInPeriod(), s.closedOnTime(), percent(s.onTimeClosurePercent()), s.openOverdue(),
                s.closedWithWeakEvidence(), s.repeatActionsCarriedForward(), p.opened(), p.dueInPeriod(), p.closedByDueDate(),
                percent(p.closedByDueDatePercent()), p.escalations(), percent(p.mentorUpdatesOnTimePercent()),
                p.poorlyEvidencedSignOffs(), e.openCases(), percent(e.reviewTimelinessPercent()),
                percent(e.closedWithinTargetPercent()), e.averageCaseDurationDays() == null ? "n/a" : e.averageCaseDurationDays(),
                e.repeatEscalationsWithin60Days()));
    }

    private static RegisterEntry.Builder entry(ProcessFacts facts, Register register, LocalDate from, LocalDate to) {
        return facts.entry(register, "summary:" + from).actingUser(RegisterEntry.SYSTEM).set("period_from", from).set("period_to", to);
    }

    private String write(Object report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot store the report figures", ex);
        }
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : value + "%";
    }
}
