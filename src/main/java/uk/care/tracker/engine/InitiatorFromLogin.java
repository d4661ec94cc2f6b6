package uk.care.tracker.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The person who started a process is the logged-in user, whatever the start request carried. Camunda sets the
 * {@code camunda:initiator} variable from the login and then lets start variables overwrite it; this built-in
 * listener, first of all start listeners, sets it back before any check or recorder reads it.
 */
@Component
public class InitiatorFromLogin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                Object variable = processDefinition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
                if (variable != null) {
                    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, resetTo(variable.toString()), 0);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private static ExecutionListener resetTo(String variable) {
        return execution -> {
            Authentication login = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            execution.setVariable(variable, login == null ? null : login.getUserId());
        };
    }
}
