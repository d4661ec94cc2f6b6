package uk.care.tracker.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.notifications.MailDispatcher;
import uk.care.tracker.notifications.Outbox;
import uk.care.tracker.notifications.OutboxMessage;
import uk.care.tracker.security.Colleagues;
import uk.care.tracker.support.IntegrationTest;
import uk.care.tracker.support.ReceivedMail;
import uk.care.tracker.support.TestSmtp;

/** The pack of each meeting by email to its attendees the working day before, PDF attached, once (issue 17). */
class MeetingMailIT extends IntegrationTest {

    /** A Friday on which every meeting sits, the fortnightly ones included (anchor 2026-01-09). */
    private static final String SITTING = "2031-06-20";

    @Autowired MeetingMail meetingMail;
    @Autowired MailDispatcher dispatcher;
    @Autowired MeetingCalendar calendar;
    @Autowired Colleagues colleagues;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate transaction;

    private final List<String> testUsers = new ArrayList<>();

    @BeforeEach
    void startFromAnEmptyMailbox() {
        TestSmtp.start();
        deliverAll();
        TestSmtp.forgetReceived();
    }

    @AfterEach
    void removeTestUsers() {
        testUsers.forEach(identityService::deleteUser);
    }

    @Test
    void each_attendee_gets_the_pack_with_its_pdf_once_the_working_day_before_however_often_the_scan_runs() throws Exception {
        User noEmail = identityService.newUser("hr.lead.noemail");
        noEmail.setFirstName("Hana");
        noEmail.setLastName("Test");
        identityService.saveUser(noEmail);
        identityService.createMembership("hr.lead.noemail", "hr-leads");
        testUsers.add("hr.lead.noemail");

        clockAt("2031-06-18T09:00");
        meetingMail.scan();
        assertThat(rows()).as("two days before: nothing yet").isEmpty();

        clockAt("2031-06-19T07:00");
        // two nodes scanning at once, then again later (a restart): each message recorded once
        CompletableFuture.allOf(CompletableFuture.runAsync(meetingMail::scan), CompletableFuture.runAsync(meetingMail::scan)).get();
        meetingMail.scan();
        deliverAll();
        clockAt("2031-06-19T16:00");
        meetingMail.scan();
        deliverAll();

        Map<String, String> expected = new LinkedHashMap<>();
        for (Meeting meeting : Meeting.values()) {
            for (String group : calendar.attendees(meeting)) {
                colleagues.membersOf(group).forEach(p -> expected.put("meeting:" + meeting.id() + ":" + SITTING + ":" + p.userId(),
                        p.hasEmail() ? "SENT" : "NO_ADDRESS"));
            }
        }
        assertThat(expected).containsEntry("meeting:weekly-management-call:" + SITTING + ":line.manager", "SENT")
                .containsEntry("meeting:weekly-management-call:" + SITTING + ":deputy.manager", "SENT")
                .containsEntry("meeting:fortnightly-case-review:" + SITTING + ":hr.lead", "SENT")
                .containsEntry("meeting:weekly-probation-review:" + SITTING + ":mentor", "SENT")
                .containsEntry("meeting:fortnightly-case-review:" + SITTING + ":hr.lead.noemail", "NO_ADDRESS")
                .doesNotContainKey("meeting:weekly-overdue-review:" + SITTING + ":line.manager");
        Map<String, String> recorded = rows().stream().collect(Collectors.toMap(r -> (String) r.get("idempotency_key"),
                r -> (String) r.get("status")));
        assertThat(recorded).isEqualTo(expected);
        assertThat(rows()).filteredOn(r -> "hr.lead.noemail".equals(r.get("recipient_user_id"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("recipient_email", null).containsEntry("kind", "MEETING_PACK"));

        List<MimeMessage> arrived = TestSmtp.received().stream()
                .filter(m -> ReceivedMail.of(m).key() != null && ReceivedMail.of(m).key().startsWith("meeting:")).toList();
        Map<String, Long> perKey = arrived.stream().collect(Collectors.groupingBy(m -> ReceivedMail.of(m).key(), Collectors.counting()));
        Set<String> sent = new TreeSet<>(expected.entrySet().stream().filter(e -> e.getValue().equals("SENT")).map(Map.Entry::getKey).toList());
        assertThat(perKey.keySet()).isEqualTo(sent);
        assertThat(perKey.values()).allMatch(n -> n == 1);

        MimeMessage caseReview = arrived.stream()
                .filter(m -> ReceivedMail.of(m).key().equals("meeting:fortnightly-case-review:" + SITTING + ":hr.lead")).findFirst().orElseThrow();
        ReceivedMail mail = ReceivedMail.of(caseReview);
        assertThat(mail.to()).containsExactly("hr.lead@example.org");
        assertThat(mail.kind()).isEqualTo("MEETING_PACK");
        assertThat(mail.subject()).isEqualTo("Fortnightly case review on Friday 20 June 2031: the pack");
        assertThat(mail.text()).contains("Hello Harriet", "http://localhost:8080/meetings.html");
        assertThat(mail.html()).contains("href=\"http://localhost:8080/meetings.html\"");
        Map<String, byte[]> attachments = attachments(caseReview);
        assertThat(attachments).containsOnlyKeys("fortnightly-case-review-" + SITTING + ".pdf");
        assertThat(pdfText(attachments.values().iterator().next())).contains("Fortnightly case review - " + SITTING);

        // a line manager's pack holds their own staff only, as on the API
        MimeMessage own = arrived.stream()
                .filter(m -> ReceivedMail.of(m).key().equals("meeting:weekly-management-call:" + SITTING + ":line.manager")).findFirst().orElseThrow();
        assertThat(pdfText(attachments(own).get("weekly-management-call-" + SITTING + ".pdf")))
                .contains("Weekly management call - " + SITTING, "Manager: line.manager.");
    }

    @Test
    void an_attachment_nothing_can_render_is_a_failed_attempt_retried_later_not_a_mail_without_it() {
        String key = "meeting:test:" + java.util.UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbox.record(new OutboxMessage(key, OutboxMessage.Kind.MEETING_PACK,
                colleagues.user("registered.manager"), "A pack", "text", "<p>html</p>", null, null, "no-such-thing:1")));
        try {
            deliverAll();
            assertThat(TestSmtp.received()).noneMatch(m -> key.equals(ReceivedMail.of(m).key()));
            assertThat(jdbc.queryForMap("SELECT status, attempts, last_error FROM notification_outbox WHERE idempotency_key = ?", key))
                    .containsEntry("status", "QUEUED").containsEntry("attempts", 1)
                    .satisfies(row -> assertThat((String) row.get("last_error")).contains("Nothing renders the attachment 'no-such-thing:1'"));
        } finally {
            // not to be retried by the other tests' delivery runs
            jdbc.update("UPDATE notification_outbox SET status = 'FAILED' WHERE idempotency_key = ?", key);
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM notification_outbox WHERE idempotency_key LIKE ? ORDER BY id", "meeting:%:" + SITTING + ":%");
    }

    private void deliverAll() {
        while (dispatcher.dispatchDue() > 0) {
            // the schedule would deliver batch after batch
        }
    }

    private static Map<String, byte[]> attachments(Part part) throws Exception {
        Map<String, byte[]> found = new LinkedHashMap<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.putAll(attachments(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part instanceof BodyPart) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getInputStream().transferTo(bytes);
            found.put(part.getFileName(), bytes.toByteArray());
        }
        return found;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
