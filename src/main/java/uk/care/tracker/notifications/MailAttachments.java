package uk.care.tracker.notifications;

import java.util.Optional;

/**
 * Renders the attachment an outbox message names ({@code notification_outbox.attachment}) when the message is sent.
 * Implemented where the content lives (the meetings render their packs), so the outbox depends on no feature.
 * The dispatcher asks each implementation in turn; a reference none of them knows, or a rendering that fails,
 * counts as a failed attempt of that message and is retried like a mail server outage.
 */
public interface MailAttachments {

    record Attachment(String filename, String contentType, byte[] content) {
    }

    /** The attachment named by {@code reference}, or empty when this implementation does not know the reference. */
    Optional<Attachment> render(String reference);
}
