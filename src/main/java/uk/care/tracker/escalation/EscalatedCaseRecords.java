package uk.care.tracker.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.ItemRows;
import uk.care.tracker.registers.EscalatedCaseRegisters;
import uk.care.tracker.registers.EscalatedCaseRegisters.ActionPlanRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.CaseReviewRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.ClosureRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.ImprovementPlanRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.MonitoringRow;
import uk.care.tracker.registers.EscalatedCaseRegisters.TrackerRow;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItem.Attachment;
import uk.care.tracker.registers.TrackedItem.Escalation;
import uk.care.tracker.registers.TrackedItem.Evidence;
import uk.care.tracker.registers.TrackedItem.Review;
import uk.care.tracker.registers.TrackedItem.Status;
import uk.care.tracker.registers.RegisterItemSource;

/**
 * An escalated case as its registers tell it. Its deadline is the target closure date; its escalations are the
 * entries on the service improvement plan; the evidence that closed it is the HR Lead's entry in the workforce case
 * closure register (outcome and HR pathway as its type; the form has no attachment).
 */
@Component
public class EscalatedCaseRecords extends RegisterItemSource {

    private final Clock clock;

    public EscalatedCaseRecords(EscalatedCaseRegisters cases, Clock clock) {
        super(cases, NONE);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "EC";
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        TrackerRow opened = rows.in(EscalatedCaseRegisters.TRACKER).stream().filter(r -> "OPENED".equals(r.entryType()))
                .findFirst().orElse(null);
        if (opened == null) {
            return Optional.empty();
        }
        Set<String> participants = new LinkedHashSet<>();
        participants.add(opened.actingUser());
        participants.add(opened.lineManager());
        LocalDate target = opened.targetClosureDate();

        List<Review> reviews = new ArrayList<>();
        for (ActionPlanRow row : rows.in(EscalatedCaseRegisters.ACTION_PLAN)) {
            reviews.add(new Review("ACTION_PLAN_" + row.entryType(), row.recordedAt(), row.actingUser(),
                    "PLAN".equals(row.entryType()) ? String.valueOf(row.correctiveAction())
                    : row.acknowledgementMethod() + " by " + row.acknowledgedBy() + " on " + row.acknowledgedOn()));
        }
        for (MonitoringRow row : rows.in(EscalatedCaseRegisters.MONITORING)) {
            reviews.add(new Review("MONITORING_" + row.entryType(), row.recordedAt(), row.actingUser(),
                    row.progressRating() == null ? String.valueOf(row.auditFindings())
                    : "Progress rating " + row.progressRating() + ": " + row.auditFindings()));
        }
        for (CaseReviewRow row : rows.in(EscalatedCaseRegisters.CASE_REVIEWS)) {
            reviews.add(new Review("CASE_" + row.entryType(), row.recordedAt(), row.actingUser(),
                    row.missed() ? "Review " + row.reviewCycle() + " missed"
                    : "Risk " + row.remainingRisk() + ", recheck " + row.recheckOutcome() + ", decision " + row.nextDecision()));
        }
        List<Escalation> escalations = new ArrayList<>();
        for (ImprovementPlanRow row : rows.in(EscalatedCaseRegisters.IMPROVEMENT_PLAN)) {
            if ("ESCALATED_TO_SENIOR_OVERSIGHT".equals(row.entryType())) {
                escalations.add(new Escalation("SENIOR_OVERSIGHT", row.recordedAt(), row.triggerDetails()));
            }
        }
        LocalDate closedOn = null;
        Evidence closureEvidence = null;
        for (ClosureRow row : rows.in(EscalatedCaseRegisters.CLOSURES)) {
            closedOn = clock.dateOf(row.recordedAt());
            participants.add(row.actingUser());
            closureEvidence = new Evidence(row.caseOutcome() + ", HR pathway " + row.hrPathway(),
                    row.evidenceSupportingClosure(), null, row.actingUser(), row.recordedAt());
        }
        Status status = Status.of(closedOn, !escalations.isEmpty(), target, clock.today());
        participants.remove(null);
        TrackedItem item = new TrackedItem(businessKey, "escalated-case", opened.staffId(), opened.thresholdMet(),
                opened.concernType(), opened.lineManager(), clock.dateOf(opened.recordedAt()), opened.actingUser(), status,
                target, closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }
}
