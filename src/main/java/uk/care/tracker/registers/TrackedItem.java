package uk.care.tracker.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tracked item of any workflow, as {@code GET /api/actions/{businessKey}} answers it (SPEC section 8).
 * Built from register rows only, so every field can be traced to the rows an inspector can see.
 */
public record TrackedItem(String businessKey, String workflow, String staffId, String description, String category,
                          String owner, Status status, LocalDate deadline, LocalDate closedOn,
                          List<Escalation> escalations, List<Review> reviews) {

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

    /** The people who may see this item besides the oversight groups (who entered it, who owns it). */
    public record WithParticipants(TrackedItem item, List<String> participants) {
    }
}
