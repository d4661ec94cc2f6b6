package uk.care.tracker.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.notifications.OutboxMessage.Kind;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.security.Person;

/**
 * Tells the owner of an escalation (SPEC section 7: "on every escalation, to the escalation owner"). Workflows call
 * {@link #raise} from the delegate that writes the escalation to its register: the messages are recorded in that
 * same transaction, so a job that fails and retries leaves exactly one message per owner.
 */
@Component
public class EscalationNotices {

    private final Outbox outbox;
    private final Colleagues people;
    private final MailTemplates templates;
    private final NotificationProperties properties;

    public EscalationNotices(Outbox outbox, Colleagues people, MailTemplates templates, NotificationProperties properties) {
        this.outbox = outbox;
        this.people = people;
        this.templates = templates;
        this.properties = properties;
    }

    /** Records one message for the owner user, or for every member of the owner group. */
    public void raise(EscalationNotice notice) {
        List<Person> owners = notice.ownerUser() != null ? List.of(people.user(notice.ownerUser()))
                : people.membersOf(notice.ownerGroup());
        for (Person owner : owners) {
            String key = "escalation:" + notice.businessKey() + ":" + notice.event() + ":" + owner.userId();
            if (outbox.isRecorded(key)) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("greeting", owner.greetingName());
            model.put("businessKey", notice.businessKey());
            model.put("staff", MailTemplates.staff(notice.staffId(), notice.staffName()));
            model.put("action", notice.actionDescription());
            model.put("deadline", MailTemplates.day(notice.deadline()));
            model.put("stage", notice.stage());
            model.put("reason", notice.reason());
            model.put("forGroup", notice.ownerGroup() == null ? null : people.groupName(notice.ownerGroup()));
            model.put("tasksUrl", notice.processInstanceId() == null ? properties.tasklistUrl()
                    : properties.processTasksUrl(notice.processInstanceId()));
            MailTemplates.Body body = templates.render("escalation", model);
            String subject = "Escalated: " + (notice.staffName() == null ? "" : notice.staffName() + ", ")
                    + notice.businessKey() + (notice.reason() == null ? "" : " - " + notice.reason());
            outbox.record(new OutboxMessage(key, Kind.ESCALATION, owner, subject, body.text(), body.html(),
                    notice.businessKey(), null));
        }
    }
}
