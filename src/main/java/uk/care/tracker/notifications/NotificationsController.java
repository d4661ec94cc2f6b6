package uk.care.tracker.notifications;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.notifications.OutboxMessage.Status;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.security.CurrentUser;
import uk.care.tracker.security.Person;

/**
 * {@code /api/notifications}: what was sent, what waits, what failed and who has no email address, for the
 * administrators and the registered managers (the page {@code /notifications.html} reads it).
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationsController {

    static final List<String> READERS = List.of(CareGroups.ADMINS, CareGroups.REGISTERED_MANAGERS);
    private static final int MAX_LIMIT = 500;

    private final Outbox outbox;
    private final Colleagues people;

    public NotificationsController(Outbox outbox, Colleagues people) {
        this.outbox = outbox;
        this.people = people;
    }

    public record Overview(boolean mailServerConfigured, Map<Status, Integer> counts, List<Outbox.Entry> messages) {
    }

    @GetMapping
    public Overview list(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "100") int limit,
                         CurrentUser user) {
        allow(user);
        return new Overview(outbox.mailServerConfigured(), outbox.counts(),
                outbox.latest(status, Math.max(1, Math.min(limit, MAX_LIMIT))));
    }

    @GetMapping("/{id}")
    public Outbox.Entry one(@PathVariable long id, CurrentUser user) {
        allow(user);
        return outbox.find(id).orElseThrow(() -> new NotFound("No message " + id));
    }

    /**
     * Sends a failed, held or unaddressed message again, to the address in the recipient's profile now (so an
     * address corrected in Admin is used), with its attempts counted afresh.
     */
    @PostMapping("/{id}/retry")
    public Outbox.Entry retry(@PathVariable long id, CurrentUser user) {
        allow(user);
        Outbox.Entry message = one(id, user);
        Status status = Status.valueOf(message.status());
        if (status == Status.QUEUED || status == Status.SENT) {
            throw new BadRequest("Message " + id + " is " + status.name().toLowerCase() + "; only a failed, held or "
                    + "unaddressed message can be sent again.");
        }
        if (!outbox.mailServerConfigured()) {
            throw new BadRequest("No mail server is configured (spring.mail.host), so nothing can be sent. "
                    + "The README's Email section says how to set one.");
        }
        Person recipient = people.user(message.recipientUserId());
        if (!recipient.hasEmail()) {
            throw new BadRequest("User '" + message.recipientUserId() + "' has no email address in their profile. "
                    + "Add one in Admin, then retry.");
        }
        if (!outbox.requeue(id, status, recipient.email().trim())) {
            throw new BadRequest("Message " + id + " changed meanwhile; reload the page.");
        }
        return one(id, user);
    }

    private static void allow(CurrentUser user) {
        if (!user.inAnyGroup(READERS)) {
            throw new Forbidden("Only administrators and registered managers can see the notifications.");
        }
    }
}
