package uk.care.tracker.notifications;

import static uk.care.tracker.notifications.TaskEvents.instant;
import static uk.care.tracker.notifications.TaskEvents.text;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open user tasks of every workflow, read from the engine for the reminder scan and the digest. */
@Component
public class OpenTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;

    public OpenTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Open tasks with a due date before the instant. */
    public List<TaskSnapshot> dueBefore(Instant before) {
        return snapshots(tasks.createTaskQuery().active().dueBefore(Date.from(before)).orderByTaskId().asc().list());
    }

    public List<TaskSnapshot> all() {
        return snapshots(tasks.createTaskQuery().active().orderByTaskId().asc().list());
    }

    private List<TaskSnapshot> snapshots(List<Task> open) {
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            String[] ids = instanceIds.toArray(String[]::new);
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                if (instance.getBusinessKey() != null) {
                    businessKeys.put(instance.getId(), instance.getBusinessKey());
                }
            }
            for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(ids)
                    .variableNameIn(TaskSnapshot.VARIABLES.toArray(String[]::new)).list()) {
                // the process-level value; a value local to a subprocess only where the process has none
                boolean processLevel = variable.getProcessInstanceId().equals(variable.getExecutionId());
                Map<String, Object> values = variables.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>());
                if (processLevel || !values.containsKey(variable.getName())) {
                    values.put(variable.getName(), variable.getValue());
                }
            }
        }
        return open.stream().map(task -> {
            Map<String, Object> values = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            List<IdentityLink> candidates = task.getAssignee() != null ? List.of()
                    : tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
            return new TaskSnapshot(task.getId(), task.getName(), task.getProcessInstanceId(),
                    businessKeys.get(task.getProcessInstanceId()), text(values.get(TaskSnapshot.STAFF_ID)),
                    text(values.get(TaskSnapshot.STAFF_NAME)), text(values.get(TaskSnapshot.ACTION_DESCRIPTION)),
                    instant(task.getDueDate()), instant(task.getCreateTime()), task.getAssignee(),
                    candidates.stream().map(IdentityLink::getUserId).filter(Objects::nonNull).toList(),
                    candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
        }).toList();
    }
}
