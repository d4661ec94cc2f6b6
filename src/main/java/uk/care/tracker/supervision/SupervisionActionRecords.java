package uk.care.tracker.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.evidence.EvidenceStore;
import uk.care.tracker.registers.ItemRows;
import uk.care.tracker.registers.SupervisionRegisters;
import uk.care.tracker.registers.SupervisionRegisters.ClosureRow;
import uk.care.tracker.registers.SupervisionRegisters.OverdueRow;
import uk.care.tracker.registers.SupervisionRegisters.TrackerRow;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItem.Attachment;
import uk.care.tracker.registers.TrackedItem.Escalation;
import uk.care.tracker.registers.TrackedItem.Evidence;
import uk.care.tracker.registers.TrackedItem.Review;
import uk.care.tracker.registers.TrackedItem.Status;
import uk.care.tracker.registers.RegisterItemSource;

/** A supervision action as its registers tell it: tracker, closure log and overdue register. */
@Component
public class SupervisionActionRecords extends RegisterItemSource {

    private final Clock clock;

    public SupervisionActionRecords(SupervisionRegisters supervision, EvidenceStore evidence, Clock clock) {
        super(supervision, evidence);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "SA";
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        List<TrackerRow> tracker = rows.in(SupervisionRegisters.TRACKER);
        TrackerRow registered = tracker.stream().filter(row -> "REGISTERED".equals(row.entryType())).findFirst().orElse(null);
        if (registered == null) {
            return Optional.empty();
        }
        String description = registered.actionDescription();
        for (TrackerRow row : tracker) {
            if ("REWORDED".equals(row.entryType())) {
                description = row.actionDescription();
            }
        }
        LocalDate deadline = registered.deadline();
        Set<String> participants = new LinkedHashSet<>();
        participants.add(registered.actingUser());
        String owner = registered.managerResponsible();
        participants.add(owner);

        List<Review> reviews = new ArrayList<>();
        for (TrackerRow row : tracker) {
            if ("VERIFIED".equals(row.entryType()) || "RETURNED_FOR_REWORDING".equals(row.entryType())) {
                reviews.add(new Review(row.entryType(), row.recordedAt(), row.actingUser(), row.entryType().equals("VERIFIED")
                        ? "Priority " + row.priority() + "; evidence required: " + row.evidenceRequired()
                        : "Returned: " + row.returnReason()));
            }
        }
        LocalDate closedOn = null;
        Evidence closureEvidence = null;
        for (ClosureRow row : rows.in(SupervisionRegisters.CLOSURES)) {
            reviews.add(new Review("FOLLOW_UP_CHECK", row.recordedAt(), row.actingUser(),
                    row.completionStatus() + " (" + row.evidenceType() + "): " + row.evidenceDescription()));
            if (Boolean.TRUE.equals(row.closed()) && closedOn == null) {
                // the day the closure was recorded, which nobody can backdate (date_checked is the manager's word)
                closedOn = clock.dateOf(row.recordedAt());
                closureEvidence = new Evidence(row.evidenceType(), row.evidenceDescription(),
                        attachments.apply(row.evidenceFileId()), row.actingUser(), row.recordedAt());
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        for (OverdueRow row : rows.in(SupervisionRegisters.OVERDUE)) {
            switch (row.entryType()) {
                case "ESCALATED" -> escalations.add(new Escalation(row.escalationStage(), row.recordedAt(),
                        row.escalationReason()));
                case "REMEDIAL_OWNERSHIP" -> {
                    escalations.add(new Escalation("REMEDIAL_OWNERSHIP", row.recordedAt(),
                            "Remedial owner " + row.remedialOwner() + ": " + row.remedialPlan()));
                    owner = row.remedialOwner();
                    participants.add(owner);
                }
                case "WEEKLY_REVIEW" -> reviews.add(new Review("OVERDUE_REVIEW", row.recordedAt(), row.actingUser(),
                        row.overdueDays() + " days overdue, stage " + row.escalationStage() + ": " + row.reasonForDelay()));
                case "MISSED_REVIEW" -> reviews.add(new Review("OVERDUE_REVIEW_MISSED", row.recordedAt(), row.actingUser(),
                        "Weekly review " + row.reviewCycle() + " not done by the end of " + row.reviewDue()));
                default -> { }
            }
        }
        Status status = Status.of(closedOn, !escalations.isEmpty(), deadline, clock.today());
        participants.remove(null);
        TrackedItem item = new TrackedItem(businessKey, "supervision-action", registered.staffId(), description,
                registered.actionCategory(), owner, clock.dateOf(registered.recordedAt()), registered.actingUser(), status,
                deadline, closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }
}
