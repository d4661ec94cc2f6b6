package uk.care.tracker.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Fires a process's timer start event by executing its job, as the job executor would on the day. */
public final class TimerStart {

    private TimerStart() {
    }

    /** Answers the instance the timer started while it still runs; null when it ended at once. */
    public static ProcessInstance fire(String processKey, String startEventId) {
        execute(managementService().createJobQuery().processDefinitionKey(processKey).activityId(startEventId)
                .singleResult());
        return processInstanceQuery().processDefinitionKey(processKey).singleResult();
    }
}
