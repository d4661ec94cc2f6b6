package uk.care.tracker.escalation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static uk.care.tracker.escalation.RepeatConcernOfferProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.care.tracker.support.PathTestEngine;

/** The one path of {@code repeat-concern-offer.bpmn}: offered, considered by a Registered Manager, recorded. */
@Deployment(resources = RESOURCE)
class RepeatConcernOfferPathTest {

    @RegisterExtension
    static ProcessEngineExtension engine = PathTestEngine.extension();

    private Map<String, Object> beans;

    @BeforeEach
    void mockTheApplication(ProcessEngine processEngine) {
        init(processEngine);
        beans = PathTestEngine.mockBeans(RESOURCE);
    }

    @Test
    void an_offer_is_recorded_considered_and_its_decision_recorded() throws Exception {
        ProcessInstance offer = runtimeService().startProcessInstanceByKey(KEY, withVariables("staffId", "S001"));
        verify((ExecutionListener) beans.get("beginRepeatConcernOffer")).notify(any());
        execute(job(TASK_RECORD_REPEAT_CONCERN_OFFER, offer));
        assertThat(task(TASK_CONSIDER_ESCALATED_CASE, offer)).hasCandidateGroup("registered-managers");

        complete(task(TASK_CONSIDER_ESCALATED_CASE, offer));
        execute(job(TASK_RECORD_OFFER_DECISION, offer));

        assertThat(offer).hasPassedInOrder(TASK_RECORD_REPEAT_CONCERN_OFFER, TASK_CONSIDER_ESCALATED_CASE,
                TASK_RECORD_OFFER_DECISION, END_EVENT_OFFER_DECIDED).isEnded();
        verify((JavaDelegate) beans.get("recordRepeatConcernOffer")).execute(any());
        verify((JavaDelegate) beans.get("recordOfferDecision")).execute(any());
    }
}
