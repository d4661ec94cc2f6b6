package uk.care.tracker.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.notifications.OutboxMessage.Kind;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.security.Person;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * The Friday digest (SPEC section 7): each line manager gets the open and overdue tasks about the staff they
 * manage (the staff directory's line manager) and the tasks they hold themselves, grouped by staff member.
 * One digest per manager per day (key {@code digest:<user>:<date>}); a manager with nothing open gets none.
 */
@Component
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    private static final String NO_STAFF_MEMBER = "Not about one staff member";

    private final OpenTasks openTasks;
    private final Colleagues people;
    private final StaffDirectory staffDirectory;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public WeeklyDigest(OpenTasks openTasks, Colleagues people, StaffDirectory staffDirectory, Outbox outbox,
                        MailTemplates templates, NotificationProperties properties, Clock clock,
                        TransactionTemplate transaction) {
        this.openTasks = openTasks;
        this.people = people;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Sends the digests when it is digest day and past digest time (provider's zone); otherwise nothing. */
    public void sendIfDue() {
        ZonedDateTime now = clock.nowLocal();
        if (now.getDayOfWeek() == properties.digestDay() && !now.toLocalTime().isBefore(properties.digestTime())) {
            send(now.toLocalDate());
        }
    }

    /** The digests of the given day, for every member of the digest group who has anything open. */
    public void send(LocalDate day) {
        List<Person> managers = people.membersOf(properties.digestGroup()).stream()
                .filter(manager -> !outbox.isRecorded(key(manager, day))).toList();
        if (managers.isEmpty()) {
            return;
        }
        List<TaskSnapshot> open = openTasks.all();
        Map<String, String> lineManagerOf = staffDirectory.findAll().stream()
                .collect(Collectors.toMap(StaffMember::staffId, StaffMember::lineManager));
        for (Person manager : managers) {
            List<TaskSnapshot> theirs = open.stream().filter(task -> manager.userId().equals(task.assignee())
                    || (task.staffId() != null && manager.userId().equals(lineManagerOf.get(task.staffId())))).toList();
            if (theirs.isEmpty()) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> outbox.record(digest(manager, day, theirs)));
            } catch (RuntimeException e) {
                log.error("Could not record the digest of {} for {}", manager.userId(), day, e);
            }
        }
    }

    private static String key(Person manager, LocalDate day) {
        return "digest:" + manager.userId() + ":" + day;
    }

    private OutboxMessage digest(Person manager, LocalDate day, List<TaskSnapshot> tasks) {
        Map<String, String> holderNames = new HashMap<>();
        Map<String, List<Map<String, Object>>> byStaff = new TreeMap<>(Comparator
                .comparing((String name) -> name.equals(NO_STAFF_MEMBER)).thenComparing(Comparator.naturalOrder()));
        int overdue = 0;
        for (TaskSnapshot task : tasks.stream().sorted(Comparator.comparing(TaskSnapshot::due,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))).toList()) {
            LocalDate dueDay = task.due() == null ? null : clock.dateOf(task.due());
            boolean late = dueDay != null && day.isAfter(dueDay);
            overdue += late ? 1 : 0;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("taskName", task.taskName());
            item.put("action", task.actionDescription());
            item.put("businessKey", task.businessKey());
            item.put("dueDate", dueDay == null ? "no due date" : MailTemplates.day(dueDay));
            item.put("overdue", late);
            item.put("holder", holder(task, manager, holderNames));
            item.put("taskUrl", properties.taskUrl(task.taskId()));
            String staff = task.staffLabel() == null ? NO_STAFF_MEMBER : task.staffLabel();
            byStaff.computeIfAbsent(staff, k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> staff = new ArrayList<>();
        byStaff.forEach((name, items) -> staff.add(Map.of("name", name, "items", items)));
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", manager.greetingName());
        model.put("day", MailTemplates.day(day));
        model.put("openCount", tasks.size());
        model.put("overdueCount", overdue);
        model.put("staff", staff);
        model.put("tasklistUrl", properties.tasklistUrl());
        MailTemplates.Body body = templates.render("digest", model);
        String subject = "Your weekly summary for %s: %d open, %d overdue".formatted(MailTemplates.day(day), tasks.size(), overdue);
        return new OutboxMessage(key(manager, day), Kind.DIGEST, manager, subject, body.text(), body.html(), null, null);
    }

    /** Who has the task: "you", a colleague's name, or the groups that may claim it. */
    private String holder(TaskSnapshot task, Person manager, Map<String, String> names) {
        if (task.assignee() == null) {
            List<String> candidates = new ArrayList<>(task.candidateGroups().stream().map(people::groupName).toList());
            candidates.addAll(task.candidateUsers());
            return candidates.isEmpty() ? "nobody yet" : "not yet claimed (" + String.join(", ", candidates) + ")";
        }
        if (task.assignee().equals(manager.userId())) {
            return "you";
        }
        return names.computeIfAbsent(task.assignee(), id -> people.user(id).fullName());
    }
}
