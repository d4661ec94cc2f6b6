package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.notifications.MailAttachments;
import uk.care.tracker.notifications.MailScan;
import uk.care.tracker.notifications.MailTemplates;
import uk.care.tracker.notifications.NotificationProperties;
import uk.care.tracker.notifications.Outbox;
import uk.care.tracker.notifications.OutboxMessage;
import uk.care.tracker.notifications.OutboxMessage.Kind;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.security.Person;

/**
 * Sends each meeting's attendees its pack the working day before it sits (issue 17): from that day (by the
 * application's clock) until the meeting, the scan records one message per attendee in the outbox, key
 * {@code meeting:<meeting>:<date>:<user>}, so a rescan, a second node or a restart records nothing twice. The
 * message names its attachment, {@code meeting-pack:<meeting>:<date>} (or {@code ...:<user>} for someone who sees
 * only their own staff's items, as on the API), and the PDF is rendered when the message is sent.
 */
@Component
public class MeetingMail implements MailScan, MailAttachments {

    private static final Logger log = LoggerFactory.getLogger(MeetingMail.class);
    static final String PREFIX = "meeting-pack:";

    private final MeetingCalendar calendar;
    private final MeetingPacks packs;
    private final MeetingPackPdf pdf;
    private final Colleagues people;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final NotificationProperties notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public MeetingMail(MeetingCalendar calendar, MeetingPacks packs, MeetingPackPdf pdf, Colleagues people, Outbox outbox,
                       MailTemplates templates, NotificationProperties notifications, Clock clock,
                       TransactionTemplate transaction) {
        this.calendar = calendar;
        this.packs = packs;
        this.pdf = pdf;
        this.people = people;
        this.outbox = outbox;
        this.templates = templates;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void scan() {
        LocalDate today = clock.today();
        for (Meeting meeting : Meeting.values()) {
            LocalDate sitting = calendar.next(meeting, today.plusDays(1));
            if (today.isBefore(calendar.workingDayBefore(sitting))) {
                continue;
            }
            for (Person attendee : attendees(meeting)) {
                try {
                    transaction.executeWithoutResult(status -> outbox.record(message(meeting, sitting, attendee)));
                } catch (RuntimeException e) {
                    log.error("Could not record the {} pack of {} for {}", meeting.id(), sitting, attendee.userId(), e);
                }
            }
        }
    }

    /** The members of the meeting's groups, each once. */
    private List<Person> attendees(Meeting meeting) {
        Map<String, Person> byId = new LinkedHashMap<>();
        for (String group : calendar.attendees(meeting)) {
            people.membersOf(group).forEach(person -> byId.putIfAbsent(person.userId(), person));
        }
        return List.copyOf(byId.values());
    }

    private OutboxMessage message(Meeting meeting, LocalDate sitting, Person attendee) {
        String key = "meeting:" + meeting.id() + ":" + sitting + ":" + attendee.userId();
        boolean wholeService = CareGroups.OVERSIGHT.stream().anyMatch(group -> people.isMember(attendee.userId(), group));
        String reference = PREFIX + meeting.id() + ":" + sitting + (wholeService ? "" : ":" + attendee.userId());
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", attendee.greetingName());
        model.put("meeting", meeting.title());
        model.put("day", MailTemplates.day(sitting));
        model.put("ownStaffOnly", !wholeService);
        model.put("meetingsUrl", notifications.baseUrl() + "/meetings.html");
        MailTemplates.Body body = templates.render("meeting-pack", model);
        String subject = "%s on %s: the pack".formatted(meeting.title(), MailTemplates.day(sitting));
        return new OutboxMessage(key, Kind.MEETING_PACK, attendee, subject, body.text(), body.html(), null, null, reference);
    }

    @Override
    public Optional<Attachment> render(String reference) {
        if (reference == null || !reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(PREFIX.length()).split(":", 3);
        Meeting meeting = Meeting.byId(parts[0]);
        LocalDate day = LocalDate.parse(parts[1]);
        String manager = parts.length > 2 ? parts[2] : null;
        LocalDate previous = calendar.previous(meeting, day);
        MeetingPack pack = new MeetingPack(meeting.id(), meeting.title(), day, previous, calendar.next(meeting, day.plusDays(1)),
                null, manager, packs.sections(meeting, new ReportScope(previous, day, null, manager)));
        return Optional.of(new Attachment(meeting.id() + "-" + day + ".pdf", "application/pdf", pdf.write(pack)));
    }
}
