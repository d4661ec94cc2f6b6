package uk.care.tracker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes every listener that a process model declares (the form checks, the start checks, the recorders) one
 * that the engine treats as built in. Camunda skips "custom" listeners when a caller asks it to
 * ({@code skipCustomListeners} on a start, a modification or a deletion); built-in ones always run. The checks
 * stay in the BPMN where process owners see them, and no API flag can get round them.
 */
@Component
public class ChecksCannotBeSkipped extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new DeclaredListenersAreBuiltIn());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static final class DeclaredListenersAreBuiltIn extends AbstractBpmnParseListener {

        /** Called once the whole process, with every nested scope, has been parsed. */
        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            makeBuiltIn(processDefinition);
        }

        private static void makeBuiltIn(ScopeImpl scope) {
            promote(scope);
            for (ActivityImpl activity : scope.getActivities()) {
                promote(activity);
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    promote(userTask.getTaskDefinition());
                }
                makeBuiltIn(activity);
            }
        }

        private static void promote(CoreModelElement element) {
            Map<String, List<DelegateListener<? extends BaseDelegateExecution>>> builtIn = element.getBuiltInListeners();
            element.getListeners().forEach((event, all) -> {
                List<DelegateListener<? extends BaseDelegateExecution>> list = builtIn.computeIfAbsent(event, e -> new ArrayList<>());
                // keep the declared order: built-in lists are what runs when custom listeners are skipped
                List<DelegateListener<? extends BaseDelegateExecution>> ordered = new ArrayList<>(all);
                list.clear();
                list.addAll(ordered);
            });
        }

        private static void promote(TaskDefinition task) {
            // task listeners keep custom and built-in ones in separate lists: move the declared ones over
            Map<String, List<TaskListener>> declared = new java.util.LinkedHashMap<>(task.getTaskListeners());
            task.getTaskListeners().clear();
            declared.forEach((event, listeners) -> listeners.forEach(listener -> task.addBuiltInTaskListener(event, listener)));
        }
    }
}
