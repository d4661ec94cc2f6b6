package uk.care.tracker.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Form that a task or a start event shows: the only variables a person may submit there.
 * Read from the deployed {@code .form} file, once per process definition and element (deployments do not change).
 */
@Component
public class FormFields {

    /** Form-js components that show something but hold no value. */
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "button", "spacer", "separator", "image");

    private final ProcessEngineConfigurationImpl engine;
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<String, Set<String>> cache = new ConcurrentHashMap<>();

    public FormFields(ProcessEngineConfiguration engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    /** A task's process definition and element id, or empty when no such task exists. */
    public Optional<TaskForm> ofTask(String taskId) {
        Task task = unchecked(() -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return Optional.empty();
        }
        Set<String> fields = cache.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                k -> unchecked(() -> read(engine.getFormService().getDeployedTaskForm(taskId))));
        return Optional.of(new TaskForm(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), fields));
    }

    /** The start form's fields of a process definition given by id, or empty when there is none. */
    public Optional<Set<String>> ofStart(String processDefinitionId) {
        ProcessDefinition definition = unchecked(() -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionId).singleResult());
        return definition == null ? Optional.empty() : Optional.of(startFields(definition));
    }

    /** The start form's fields of the latest version of a process, or empty when there is no such process. */
    public Optional<StartForm> ofLatestStart(String processKey) {
        ProcessDefinition definition = unchecked(() -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult());
        return definition == null ? Optional.empty() : Optional.of(new StartForm(definition.getId(), startFields(definition)));
    }

    /** A process without a deployed start form takes no start variables from a person. */
    private Set<String> startFields(ProcessDefinition definition) {
        return cache.computeIfAbsent(definition.getId() + "/start", k -> unchecked(() -> {
            try {
                return read(engine.getFormService().getDeployedStartForm(definition.getId()));
            } catch (ProcessEngineException noDeployedForm) {
                return Set.of();
            }
        }));
    }

    Set<String> read(InputStream form) {
        try (form) {
            Set<String> keys = new LinkedHashSet<>();
            collect(json.readTree(form), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a deployed form", e);
        }
    }

    private static void collect(JsonNode component, Set<String> keys) {
        JsonNode key = component.get("key");
        JsonNode type = component.get("type");
        if (key != null && key.isTextual() && type != null && !DISPLAY_ONLY.contains(type.asText())
                && !"default".equals(type.asText())) {
            keys.add(key.asText());
        }
        JsonNode children = component.get("components");
        if (children != null) {
            children.forEach(child -> collect(child, keys));
        }
    }

    private <T> T unchecked(Callable<T> query) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(query));
    }

    public record TaskForm(String processDefinitionId, String taskDefinitionKey, Set<String> fields) {
    }

    public record StartForm(String processDefinitionId, Set<String> fields) {
    }
}
