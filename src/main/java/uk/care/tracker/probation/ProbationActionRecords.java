package uk.care.tracker.probation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.evidence.EvidenceStore;
import uk.care.tracker.registers.ItemRows;
import uk.care.tracker.registers.ProbationRegisters;
import uk.care.tracker.registers.ProbationRegisters.EscalationRow;
import uk.care.tracker.registers.ProbationRegisters.OversightRow;
import uk.care.tracker.registers.ProbationRegisters.SupportLogRow;
import uk.care.tracker.registers.ProbationRegisters.TrackerRow;
import uk.care.tracker.registers.RegisterRow;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItem.Attachment;
import uk.care.tracker.registers.TrackedItem.Escalation;
import uk.care.tracker.registers.TrackedItem.Evidence;
import uk.care.tracker.registers.TrackedItem.Review;
import uk.care.tracker.registers.TrackedItem.Status;
import uk.care.tracker.registers.RegisterItemSource;

/**
 * A probation action as its four registers tell it: the tracker (opened, closed), the support log and the new
 * starter oversight register (reviews, early warnings), and the probation escalation register.
 */
@Component
public class ProbationActionRecords extends RegisterItemSource {

    private final Clock clock;

    public ProbationActionRecords(ProbationRegisters probation, EvidenceStore evidence, Clock clock) {
        super(probation, evidence);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return ProbationVariables.PREFIX;
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        List<TrackerRow> tracker = rows.in(ProbationRegisters.TRACKER);
        TrackerRow registered = tracker.stream().filter(row -> "REGISTERED".equals(row.entryType())).findFirst().orElse(null);
        if (registered == null) {
            return Optional.empty();
        }
        LocalDate deadline = registered.deadline();
        String mentor = registered.personResponsible();
        Set<String> participants = new LinkedHashSet<>();
        participants.add(registered.actingUser());
        participants.add(mentor);

        TrackerRow closed = tracker.stream().filter(row -> "CLOSED".equals(row.entryType())).findFirst().orElse(null);
        LocalDate closedOn = closed == null ? null : clock.dateOf(closed.recordedAt());
        Evidence closureEvidence = closed == null ? null : new Evidence(closed.evidenceType(), closed.evidenceDescription(),
                attachments.apply(closed.evidenceFileId()), closed.actingUser(), closed.recordedAt());

        List<Review> reviews = new ArrayList<>();
        for (SupportLogRow row : rows.in(ProbationRegisters.SUPPORT_LOG)) {
            if (row.missed()) {
                reviews.add(review("SUPPORT_LOG_MISSED", row, "Week %s: no support log by the end of %s".formatted(
                        row.supportWeek(), row.dueOn())));
                continue;
            }
            Integer change = row.confidenceChange();
            reviews.add(review("SUPPORT_LOG", row, "Week %s: %s support session(s), practised %s, confidence %s/5%s%s: %s".formatted(
                    row.supportWeek(), row.supportSessionsCompleted(), row.competencyAreaPractised(),
                    row.confidenceRating(), change == null ? "" : " (change " + signed(change) + ")",
                    Boolean.TRUE.equals(row.submittedLate()) ? ", late" : "", row.supportNotes())));
        }
        for (OversightRow row : rows.in(ProbationRegisters.OVERSIGHT)) {
            switch (row.entryType()) {
                case "VERIFICATION" -> reviews.add(review("VERIFICATION", row, "%s, risk %s (%s): %s".formatted(
                        row.completionStatus(), row.probationRiskCategory(), row.evidenceType(), row.evidenceDescription())));
                case "MISSED_VERIFICATION" -> reviews.add(review("VERIFICATION_MISSED", row, "Verification %s not done by the end of %s"
                        .formatted(row.verificationCycle(), row.dueOn())));
                case "EARLY_WARNING" -> reviews.add(review("EARLY_WARNING", row, row.notes()));
                case "EARLY_WARNING_REVIEWED" -> reviews.add(review("EARLY_WARNING_REVIEW", row,
                        row.warningResponse() + ": " + row.notes()));
                default -> { }
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        for (EscalationRow row : rows.in(ProbationRegisters.ESCALATIONS)) {
            switch (row.entryType()) {
                case "ESCALATED" -> escalations.add(new Escalation("PROBATION_ESCALATION", row.recordedAt(),
                        row.escalationReason()));
                case "ESCALATION_REVIEWED" -> escalations.add(new Escalation("ENHANCED_OVERSIGHT", row.recordedAt(),
                        "Overdue reason: %s. Interim restriction %s: %s. Revised review date %s.".formatted(
                                row.overdueReason(), row.interimRestriction(), row.restrictionDetails(),
                                row.revisedReviewDate())));
                case "OVERSIGHT_REVIEW" -> reviews.add(review("OVERSIGHT_REVIEW", row, "%s Interim restriction %s; next review %s."
                        .formatted(row.oversightProgress(), row.interimRestriction(), row.revisedReviewDate())));
                default -> { }
            }
        }
        reviews.sort(Comparator.comparing(Review::at));
        participants.remove(null);
        Status status = Status.of(closedOn, !escalations.isEmpty(), deadline, clock.today());
        TrackedItem item = new TrackedItem(businessKey, "probation-action", registered.staffId(),
                registered.actionDescription(), registered.competencyArea(), mentor, clock.dateOf(registered.recordedAt()),
                registered.actingUser(), status, deadline, closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }

    private static Review review(String kind, RegisterRow row, String summary) {
        return new Review(kind, row.recordedAt(), row.actingUser(), summary);
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
