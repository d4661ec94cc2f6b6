package uk.care.tracker.notifications;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Camunda's task events (Spring Boot eventing, {@code camunda.bpm.eventing.task}) as messages. The engine publishes
 * them inside its own transaction, so the outbox row is committed with the task, or not at all.
 */
@Component
public class TaskEvents {

    private final TaskNotices notices;
    private final IdentityService identity;

    public TaskEvents(TaskNotices notices, IdentityService identity) {
        this.notices = notices;
        this.identity = identity;
    }

    @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
    public void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            notices.created(snapshot(task));
        } else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            Authentication current = identity.getCurrentAuthentication();
            String actor = current == null ? null : current.getUserId();
            // claiming a task for oneself needs no email
            if (!task.getAssignee().equals(actor)) {
                notices.assigned(snapshot(task), task.getAssignee(), actor);
            }
        }
    }

    static TaskSnapshot snapshot(DelegateTask task) {
        List<IdentityLink> candidates = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        return new TaskSnapshot(task.getId(), task.getName(), task.getProcessInstanceId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                text(task.getVariable(TaskSnapshot.STAFF_ID)), text(task.getVariable(TaskSnapshot.STAFF_NAME)),
                text(task.getVariable(TaskSnapshot.ACTION_DESCRIPTION)), instant(task.getDueDate()),
                instant(task.getCreateTime()), task.getAssignee(),
                candidates.stream().map(IdentityLink::getUserId).filter(id -> id != null).toList(),
                candidates.stream().map(IdentityLink::getGroupId).filter(id -> id != null).toList());
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
