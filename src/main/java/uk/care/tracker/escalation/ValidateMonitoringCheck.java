package uk.care.tracker.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.FormCheck;
import uk.care.tracker.engine.ProcessFacts;

/** Checks the Deputy Manager's entry for an interim monitoring check (after each check). */
@Component
public class ValidateMonitoringCheck extends FormCheck {

    private final MonitoringEntry monitoring;

    public ValidateMonitoringCheck(MonitoringEntry monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    protected void check(ProcessFacts facts, DelegateExecution execution) {
        monitoring.check(facts, MonitoringEntry.CHECK);
    }
}
