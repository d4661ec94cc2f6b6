package uk.care.tracker.escalation;

import static uk.care.tracker.escalation.EscalatedCaseVariables.MONITORING_CYCLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.care.tracker.engine.ProcessFacts;

/** Article example 2, step 3: the formal review of the week enters the monitoring log; the next week's is due. */
@Component
public class RecordMonitoringReview implements JavaDelegate {

    private final MonitoringEntry monitoring;

    public RecordMonitoringReview(MonitoringEntry monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int cycle = ProcessFacts.of(execution).integer(MONITORING_CYCLE);
        monitoring.record(execution, MonitoringEntry.REVIEW, cycle);
        execution.setVariable(MONITORING_CYCLE, cycle + 1);
    }
}
