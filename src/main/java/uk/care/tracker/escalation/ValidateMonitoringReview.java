package uk.care.tracker.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Deputy Manager's entry for the formal monitoring review (every seven days). */
@Component
public class ValidateMonitoringReview extends FormCheck {

    private final MonitoringEntry monitoring;

    public ValidateMonitoringReview(MonitoringEntry monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        monitoring.check(facts, MonitoringEntry.REVIEW);
    }
}
