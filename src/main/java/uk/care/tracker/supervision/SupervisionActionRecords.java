package uk.care.tracker.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** A supervision action as its registers tell it: tracker, closure log and overdue register. */
@Component
public class SupervisionActionRecords extends RegisterItemSource {

    private static final List<Register> REGISTERS = List.of(Register.ACTION_TRACKER, Register.ACTION_CLOSURE_LOG,
            Register.OVERDUE_ACTIONS_REGISTER);

    private final Clock clock;

    public SupervisionActionRecords(RegisterReader registers, EvidenceStore evidence, Clock clock) {
        super(registers, REGISTERS, evidence);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "SA";
    }

    /**
     * The supervision actions' read model (V80) holds each action's entry and first closure as complete, the same
     * instants {@link #build} dates them by, indexed on both: the open ones and those closed since the period start.
     */
    @Override
    protected String keysOpenDuring() {
        return "SELECT f.business_key FROM supervision_action_fact f WHERE f.registered_at < ? "
                + "AND (f.closed_at IS NULL OR f.closed_at >= ?)";
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        List<Map<String, Object>> tracker = rows.in(Register.ACTION_TRACKER);
        Map<String, Object> registered = tracker.stream()
                .filter(row -> "REGISTERED".equals(row.get("entry_type"))).findFirst().orElse(null);
        if (registered == null) {
            return Optional.empty();
        }
        String description = (String) registered.get("action_description");
        for (Map<String, Object> row : tracker) {
            if ("REWORDED".equals(row.get("entry_type"))) {
                description = (String) row.get("action_description");
            }
        }
        LocalDate deadline = Rows.localDate(registered.get("deadline"));
        Set<String> participants = new LinkedHashSet<>();
        participants.add((String) registered.get("acting_user"));
        String owner = (String) registered.get("manager_responsible");
        participants.add(owner);

        List<Review> reviews = new ArrayList<>();
        for (Map<String, Object> row : tracker) {
            if ("VERIFIED".equals(row.get("entry_type")) || "RETURNED_FOR_REWORDING".equals(row.get("entry_type"))) {
                reviews.add(new Review(row.get("entry_type").toString(), Rows.instant(row.get("recorded_at")),
                        (String) row.get("acting_user"), row.get("entry_type").equals("VERIFIED")
                        ? "Priority " + row.get("priority") + "; evidence required: " + row.get("evidence_required")
                        : "Returned: " + row.get("return_reason")));
            }
        }
        LocalDate closedOn = null;
        Evidence closureEvidence = null;
        for (Map<String, Object> row : rows.in(Register.ACTION_CLOSURE_LOG)) {
            reviews.add(new Review("FOLLOW_UP_CHECK", Rows.instant(row.get("recorded_at")), (String) row.get("acting_user"),
                    row.get("completion_status") + " (" + row.get("evidence_type") + "): " + row.get("evidence_description")));
            if (Boolean.TRUE.equals(row.get("closed")) && closedOn == null) {
                // the day the closure was recorded, which nobody can backdate (date_checked is the manager's word)
                closedOn = clock.dateOf(Rows.instant(row.get("recorded_at")));
                closureEvidence = new Evidence((String) row.get("evidence_type"), (String) row.get("evidence_description"),
                        attachments.apply((String) row.get("evidence_file_id")), (String) row.get("acting_user"),
                        Rows.instant(row.get("recorded_at")));
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        for (Map<String, Object> row : rows.in(Register.OVERDUE_ACTIONS_REGISTER)) {
            String type = (String) row.get("entry_type");
            switch (type) {
                case "ESCALATED" -> escalations.add(new Escalation((String) row.get("escalation_stage"),
                        Rows.instant(row.get("recorded_at")), (String) row.get("escalation_reason")));
                case "REMEDIAL_OWNERSHIP" -> {
                    escalations.add(new Escalation("REMEDIAL_OWNERSHIP", Rows.instant(row.get("recorded_at")),
                            "Remedial owner " + row.get("remedial_owner") + ": " + row.get("remedial_plan")));
                    owner = (String) row.get("remedial_owner");
                    participants.add(owner);
                }
                case "WEEKLY_REVIEW" -> reviews.add(new Review("OVERDUE_REVIEW", Rows.instant(row.get("recorded_at")),
                        (String) row.get("acting_user"), row.get("overdue_days") + " days overdue, stage "
                        + row.get("escalation_stage") + ": " + row.get("reason_for_delay")));
                case "MISSED_REVIEW" -> reviews.add(new Review("OVERDUE_REVIEW_MISSED", Rows.instant(row.get("recorded_at")),
                        (String) row.get("acting_user"), "Weekly review " + row.get("review_cycle") + " not done by the end of "
                        + Rows.localDate(row.get("review_due"))));
                default -> { }
            }
        }
        Status status = Status.of(closedOn, !escalations.isEmpty(), deadline, clock.today());
        participants.remove(null);
        TrackedItem item = new TrackedItem(businessKey, "supervision-action", (String) registered.get("staff_id"),
                description, (String) registered.get("action_category"), owner,
                clock.dateOf(Rows.instant(registered.get("recorded_at"))), (String) registered.get("acting_user"), status,
                deadline, closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }
}
