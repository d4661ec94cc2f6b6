package uk.care.tracker.support;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A message as the test SMTP server received it: the tracker's headers, recipients and both bodies. */
public record ReceivedMail(String kind, String reference, String key, List<String> to, String subject, String text,
                           String html) {

    public static List<ReceivedMail> all() {
        return TestSmtp.received().stream().map(ReceivedMail::of).toList();
    }

    public static List<ReceivedMail> about(String businessKey) {
        return all().stream().filter(mail -> businessKey.equals(mail.reference())).toList();
    }

    public static ReceivedMail of(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return new ReceivedMail(message.getHeader("X-Tracker-Kind", null), message.getHeader("X-Tracker-Reference", null),
                    message.getHeader("X-Tracker-Message-Key", null),
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received message", e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
