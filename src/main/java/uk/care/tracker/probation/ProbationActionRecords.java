package uk.care.tracker.probation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.evidence.EvidenceStore;
import uk.care.tracker.registers.ItemRows;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;
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

    private static final List<Register> REGISTERS = List.of(Register.PROBATION_ACTION_TRACKER,
            Register.PROBATION_SUPPORT_LOG, Register.NEW_STARTER_OVERSIGHT, Register.PROBATION_ESCALATION);

    private final Clock clock;

    public ProbationActionRecords(RegisterReader registers, EvidenceStore evidence, Clock clock) {
        super(registers, REGISTERS, evidence);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return ProbationVariables.PREFIX;
    }

    /** Registered (first current REGISTERED row) before the end; not when a current CLOSED row is before the start. */
    @Override
    protected String keysOpenDuring() {
        return "SELECT o.business_key FROM probation_action_tracker o WHERE o.entry_type = 'REGISTERED' AND o.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker ox WHERE ox.corrects_id = o.id) "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker c WHERE c.business_key = o.business_key "
                + "AND c.entry_type = 'CLOSED' AND c.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker cx WHERE cx.corrects_id = c.id))";
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        List<Map<String, Object>> tracker = rows.in(Register.PROBATION_ACTION_TRACKER);
        Map<String, Object> registered = tracker.stream()
                .filter(row -> "REGISTERED".equals(row.get("entry_type"))).findFirst().orElse(null);
        if (registered == null) {
            return Optional.empty();
        }
        LocalDate deadline = Rows.localDate(registered.get("deadline"));
        String mentor = (String) registered.get("person_responsible");
        Set<String> participants = new LinkedHashSet<>();
        participants.add((String) registered.get("acting_user"));
        participants.add(mentor);

        Map<String, Object> closed = tracker.stream().filter(row -> "CLOSED".equals(row.get("entry_type"))).findFirst().orElse(null);
        LocalDate closedOn = closed == null ? null : clock.dateOf(Rows.instant(closed.get("recorded_at")));
        Evidence closureEvidence = closed == null ? null : new Evidence((String) closed.get("evidence_type"),
                (String) closed.get("evidence_description"), attachments.apply((String) closed.get("evidence_file_id")),
                (String) closed.get("acting_user"), Rows.instant(closed.get("recorded_at")));

        List<Review> reviews = new ArrayList<>();
        for (Map<String, Object> row : rows.in(Register.PROBATION_SUPPORT_LOG)) {
            if ("MISSED".equals(row.get("entry_type"))) {
                reviews.add(review("SUPPORT_LOG_MISSED", row, "Week %s: no support log by the end of %s".formatted(
                        row.get("support_week"), Rows.localDate(row.get("due_on")))));
                continue;
            }
            Object change = row.get("confidence_change");
            reviews.add(review("SUPPORT_LOG", row, "Week %s: %s support session(s), practised %s, confidence %s/5%s%s: %s".formatted(
                    row.get("support_week"), row.get("support_sessions_completed"), row.get("competency_area_practised"),
                    row.get("confidence_rating"), change == null ? "" : " (change " + signed(((Number) change).intValue()) + ")",
                    Boolean.TRUE.equals(row.get("submitted_late")) ? ", late" : "", row.get("support_notes"))));
        }
        for (Map<String, Object> row : rows.in(Register.NEW_STARTER_OVERSIGHT)) {
            switch ((String) row.get("entry_type")) {
                case "VERIFICATION" -> reviews.add(review("VERIFICATION", row, "%s, risk %s (%s): %s".formatted(
                        row.get("completion_status"), row.get("probation_risk_category"), row.get("evidence_type"),
                        row.get("evidence_description"))));
                case "MISSED_VERIFICATION" -> reviews.add(review("VERIFICATION_MISSED", row, "Verification %s not done by the end of %s"
                        .formatted(row.get("verification_cycle"), Rows.localDate(row.get("due_on")))));
                case "EARLY_WARNING" -> reviews.add(review("EARLY_WARNING", row, (String) row.get("notes")));
                case "EARLY_WARNING_REVIEWED" -> reviews.add(review("EARLY_WARNING_REVIEW", row,
                        row.get("warning_response") + ": " + row.get("notes")));
                default -> { }
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        for (Map<String, Object> row : rows.in(Register.PROBATION_ESCALATION)) {
            switch ((String) row.get("entry_type")) {
                case "ESCALATED" -> escalations.add(new Escalation("PROBATION_ESCALATION", Rows.instant(row.get("recorded_at")),
                        (String) row.get("escalation_reason")));
                case "ESCALATION_REVIEWED" -> escalations.add(new Escalation("ENHANCED_OVERSIGHT",
                        Rows.instant(row.get("recorded_at")), "Overdue reason: %s. Interim restriction %s: %s. Revised review date %s."
                        .formatted(row.get("overdue_reason"), row.get("interim_restriction"), row.get("restriction_details"),
                                Rows.localDate(row.get("revised_review_date")))));
                case "OVERSIGHT_REVIEW" -> reviews.add(review("OVERSIGHT_REVIEW", row, "%s Interim restriction %s; next review %s."
                        .formatted(row.get("oversight_progress"), row.get("interim_restriction"),
                                Rows.localDate(row.get("revised_review_date")))));
                default -> { }
            }
        }
        reviews.sort(Comparator.comparing(Review::at));
        participants.remove(null);
        Status status = Status.of(closedOn, !escalations.isEmpty(), deadline, clock.today());
        TrackedItem item = new TrackedItem(businessKey, "probation-action", (String) registered.get("staff_id"),
                (String) registered.get("action_description"), (String) registered.get("competency_area"), mentor,
                clock.dateOf(Rows.instant(registered.get("recorded_at"))), (String) registered.get("acting_user"), status,
                deadline, closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }

    private static Review review(String kind, Map<String, Object> row, String summary) {
        return new Review(kind, Rows.instant(row.get("recorded_at")), (String) row.get("acting_user"), summary);
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
