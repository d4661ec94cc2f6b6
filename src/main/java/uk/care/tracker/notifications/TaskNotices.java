package uk.care.tracker.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.notifications.OutboxMessage.Kind;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.security.Person;

/**
 * The messages about one task: to its assignee, or to every candidate user and every member of its candidate
 * groups when nobody has it yet. Each is recorded in the outbox in the caller's transaction, under a key that
 * names the task, the occasion and the person, so that each person hears of each occasion once.
 */
@Component
public class TaskNotices {

    private final Outbox outbox;
    private final Colleagues people;
    private final MailTemplates templates;
    private final NotificationProperties properties;
    private final Clock clock;

    public TaskNotices(Outbox outbox, Colleagues people, MailTemplates templates, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A task was created: its assignee, or everyone who may claim it, hears of it. A task created with an assignee
     * shares its key with {@link #assigned}, because the engine follows the creation with an assignment event.
     */
    public void created(TaskSnapshot task) {
        String occasion = task.assignee() != null ? ":assigned:" : ":offered:";
        for (String userId : recipients(task)) {
            send(task, Kind.TASK_CREATED, "task:" + task.taskId() + occasion + userId, userId, null);
        }
    }

    /** Somebody gave the task to {@code assignee}: they hear of it once, however often it comes back to them. */
    public void assigned(TaskSnapshot task, String assignee, String assignedBy) {
        send(task, Kind.TASK_ASSIGNED, "task:" + task.taskId() + ":assigned:" + assignee, assignee, assignedBy);
    }

    /** One working day before the due date. */
    public void dueSoon(TaskSnapshot task) {
        for (String userId : recipients(task)) {
            send(task, Kind.DUE_SOON, "task:" + task.taskId() + ":due-soon:" + dueDay(task) + ":" + userId, userId, null);
        }
    }

    /** From 00:00 on the day after the due date. */
    public void overdue(TaskSnapshot task) {
        for (String userId : recipients(task)) {
            send(task, Kind.OVERDUE, "task:" + task.taskId() + ":overdue:" + dueDay(task) + ":" + userId, userId, null);
        }
    }

    /** The assignee; without one, the candidate users and the members of the candidate groups, each once. */
    private List<String> recipients(TaskSnapshot task) {
        if (task.assignee() != null) {
            return List.of(task.assignee());
        }
        List<String> users = new ArrayList<>(task.candidateUsers());
        for (String group : task.candidateGroups()) {
            people.membersOf(group).stream().map(Person::userId).filter(id -> !users.contains(id)).forEach(users::add);
        }
        return users;
    }

    private LocalDate dueDay(TaskSnapshot task) {
        return task.due() == null ? null : clock.dateOf(task.due());
    }

    private void send(TaskSnapshot task, Kind kind, String key, String userId, String assignedBy) {
        if (outbox.isRecorded(key)) {
            return;
        }
        Person recipient = people.user(userId);
        String dueDate = MailTemplates.day(dueDay(task));
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", recipient.greetingName());
        model.put("created", kind == Kind.TASK_CREATED);
        model.put("forGroup", kind == Kind.TASK_CREATED && task.assignee() == null);
        model.put("groups", String.join(", ", task.candidateGroups().stream().map(people::groupName).toList()));
        model.put("assigned", kind == Kind.TASK_ASSIGNED);
        model.put("assignedBy", assignedBy == null ? "A colleague" : people.user(assignedBy).fullName());
        model.put("dueSoon", kind == Kind.DUE_SOON);
        model.put("overdue", kind == Kind.OVERDUE);
        model.put("taskName", task.taskName());
        model.put("staff", task.staffLabel());
        model.put("action", task.actionDescription());
        model.put("dueDate", dueDate);
        model.put("businessKey", task.businessKey());
        model.put("taskUrl", properties.taskUrl(task.taskId()));
        MailTemplates.Body body = templates.render("task-notice", model);
        outbox.record(new OutboxMessage(key, kind, recipient, subject(kind, task, dueDate), body.text(), body.html(),
                task.businessKey(), task.taskId()));
    }

    private static String subject(Kind kind, TaskSnapshot task, String dueDate) {
        String opening = switch (kind) {
            case TASK_CREATED -> "New task";
            case TASK_ASSIGNED -> "Assigned to you";
            case DUE_SOON -> "Due " + dueDate;
            case OVERDUE -> "Overdue";
            default -> throw new IllegalArgumentException("Not a task message: " + kind);
        };
        StringBuilder subject = new StringBuilder(opening).append(": ").append(task.taskName());
        if (task.staffName() != null) {
            subject.append(" for ").append(task.staffName());
        }
        if (task.businessKey() != null) {
            subject.append(" (").append(task.businessKey()).append(")");
        }
        return subject.toString();
    }
}
