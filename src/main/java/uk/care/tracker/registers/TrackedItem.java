package uk.care.tracker.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tracked item of any workflow, as {@code GET /api/actions/{businessKey}} answers it (SPEC section 8).
 * Built from register rows only, so every field can be traced to the rows an inspector can see.
 *
 * @param openedOn        the day the item entered its register (the provider's calendar)
 * @param openedBy        who entered it
 * @param closureEvidence the evidence recorded with the closure; null while the item is open
 */
public record TrackedItem(String businessKey, String workflow, String staffId, String description, String category,
                          String owner, LocalDate openedOn, String openedBy, Status status, LocalDate deadline,
                          LocalDate closedOn, Evidence closureEvidence, List<Escalation> escalations, List<Review> reviews) {

    public enum Status {
        OPEN, OVERDUE, ESCALATED, CLOSED;

        /** The one rule for every workflow: closed wins, then escalated, then overdue from the day after the deadline. */
        public static Status of(LocalDate closedOn, boolean escalated, LocalDate deadline, LocalDate today) {
            if (closedOn != null) {
                return CLOSED;
            }
            if (escalated) {
                return ESCALATED;
            }
            return deadline != null && today.isAfter(deadline) ? OVERDUE : OPEN;
        }
    }

    public record Escalation(String stage, Instant at, String reason) {
    }

    public record Review(String kind, Instant at, String by, String summary) {
    }

    /**
     * What closed the item: the kind of evidence (or, for an escalated case, the HR Lead's outcome), its
     * description, the attached file if there is one, and who recorded the closure when.
     */
    public record Evidence(String type, String description, Attachment attachment, String recordedBy, Instant recordedAt) {
    }

    /** An uploaded evidence file: its reference, name and SHA-256 checksum as the evidence store keeps them. */
    public record Attachment(String evidenceId, String fileName, String sha256) {
    }

    /** The people who may see this item besides the oversight groups (who entered it, who owns it). */
    public record WithParticipants(TrackedItem item, List<String> participants) {
    }
}
