package uk.care.tracker.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Article example 2, step 3: an interim check enters the monitoring log; a new entry task opens after it. */
@Component
public class RecordMonitoringCheck implements JavaDelegate {

    private final MonitoringEntry monitoring;

    public RecordMonitoringCheck(MonitoringEntry monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monitoring.record(execution, MonitoringEntry.CHECK, null);
    }
}
