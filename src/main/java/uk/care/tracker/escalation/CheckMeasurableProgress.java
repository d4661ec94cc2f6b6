package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterWriter;

/**
 * Article example 2, escalation rule: no measurable progress 28 days after escalation means the latest progress
 * rating is not above the first one (or there is no rating at all). The check itself is logged.
 */
@Component
class CheckMeasurableProgress implements JavaDelegate {

    private final RegisterWriter registers;

    public CheckMeasurableProgress(RegisterWriter registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessFacts facts = ProcessFacts.of(execution);
        Integer first = facts.integer(FIRST_PROGRESS_RATING);
        Integer latest = facts.integer(LATEST_PROGRESS_RATING);
        boolean noProgress = first == null || latest <= first;
        registers.append(facts.systemRow(Register.ESCALATED_CASE_MONITORING_LOG, "progress-check",
                        noProgress ? "NO_MEASURABLE_PROGRESS" : "PROGRESS_SHOWN").set("progress_rating", latest)
                .set("audit_findings", first == null ? "No progress rating recorded since the escalation"
                        : "First progress rating " + first + ", latest " + latest + " after " + facts.integer(NO_PROGRESS_DAYS) + " days")
                .build());
        execution.setVariable(NO_MEASURABLE_PROGRESS, noProgress);
    }
}
