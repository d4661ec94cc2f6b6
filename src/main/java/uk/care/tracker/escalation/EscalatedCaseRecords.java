package uk.care.tracker.escalation;

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
 * An escalated case as its registers tell it. Its deadline is the target closure date; its escalations are the
 * entries on the service improvement plan; the evidence that closed it is the HR Lead's entry in the workforce case
 * closure register (outcome and HR pathway as its type; the form has no attachment).
 */
@Component
public class EscalatedCaseRecords extends RegisterItemSource {

    private static final List<Register> REGISTERS = List.of(Register.FORMAL_ESCALATION_TRACKER,
            Register.ESCALATION_ACTION_PLAN, Register.ESCALATED_CASE_MONITORING_LOG, Register.ESCALATED_WORKFORCE_CASE_REVIEW,
            Register.SERVICE_IMPROVEMENT_PLAN, Register.WORKFORCE_CASE_CLOSURE_REGISTER);

    private final Clock clock;

    public EscalatedCaseRecords(RegisterReader registers, Clock clock) {
        super(registers, REGISTERS, NONE);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "EC";
    }

    /**
     * Opened (first current OPENED row) before the end; not when its last current closure (the one {@link #build}
     * dates it by) is before the start. Written as anti-joins, not GROUP BY ... HAVING MAX: PostgreSQL ran that as
     * a subquery per case (6 s at 5,000 cases), these as hash joins (5 ms).
     */
    @Override
    protected String keysOpenDuring() {
        return "SELECT o.business_key FROM formal_escalation_tracker o WHERE o.entry_type = 'OPENED' AND o.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM formal_escalation_tracker ox WHERE ox.corrects_id = o.id) "
                + "AND NOT EXISTS (SELECT 1 FROM workforce_case_closure_register c WHERE c.business_key = o.business_key "
                + "AND c.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM workforce_case_closure_register cx WHERE cx.corrects_id = c.id) "
                + "AND NOT EXISTS (SELECT 1 FROM workforce_case_closure_register c2 WHERE c2.business_key = c.business_key "
                + "AND c2.id > c.id AND NOT EXISTS (SELECT 1 FROM workforce_case_closure_register c2x WHERE c2x.corrects_id = c2.id)))";
    }

    @Override
    protected Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                           Function<String, Attachment> attachments) {
        List<Map<String, Object>> tracker = rows.in(Register.FORMAL_ESCALATION_TRACKER);
        Map<String, Object> opened = tracker.stream().filter(r -> "OPENED".equals(r.get("entry_type"))).findFirst().orElse(null);
        if (opened == null) {
            return Optional.empty();
        }
        Set<String> participants = new LinkedHashSet<>();
        participants.add((String) opened.get("acting_user"));
        participants.add((String) opened.get("line_manager"));
        LocalDate target = Rows.localDate(opened.get("target_closure_date"));

        List<Review> reviews = new ArrayList<>();
        for (Map<String, Object> row : rows.in(Register.ESCALATION_ACTION_PLAN)) {
            reviews.add(new Review("ACTION_PLAN_" + row.get("entry_type"), Rows.instant(row.get("recorded_at")),
                    (String) row.get("acting_user"), "PLAN".equals(row.get("entry_type"))
                    ? String.valueOf(row.get("corrective_action"))
                    : row.get("acknowledgement_method") + " by " + row.get("acknowledged_by") + " on " + row.get("acknowledged_on")));
        }
        for (Map<String, Object> row : rows.in(Register.ESCALATED_CASE_MONITORING_LOG)) {
            reviews.add(new Review("MONITORING_" + row.get("entry_type"), Rows.instant(row.get("recorded_at")),
                    (String) row.get("acting_user"), row.get("progress_rating") == null ? String.valueOf(row.get("audit_findings"))
                    : "Progress rating " + row.get("progress_rating") + ": " + row.get("audit_findings")));
        }
        for (Map<String, Object> row : rows.in(Register.ESCALATED_WORKFORCE_CASE_REVIEW)) {
            reviews.add(new Review("CASE_" + row.get("entry_type"), Rows.instant(row.get("recorded_at")),
                    (String) row.get("acting_user"), "MISSED_REVIEW".equals(row.get("entry_type")) ? "Review " + row.get("review_cycle") + " missed"
                    : "Risk " + row.get("remaining_risk") + ", recheck " + row.get("recheck_outcome") + ", decision " + row.get("next_decision")));
        }
        List<Escalation> escalations = new ArrayList<>();
        for (Map<String, Object> row : rows.in(Register.SERVICE_IMPROVEMENT_PLAN)) {
            if ("ESCALATED_TO_SENIOR_OVERSIGHT".equals(row.get("entry_type"))) {
                escalations.add(new Escalation("SENIOR_OVERSIGHT", Rows.instant(row.get("recorded_at")),
                        (String) row.get("trigger_details")));
            }
        }
        LocalDate closedOn = null;
        Evidence closureEvidence = null;
        for (Map<String, Object> row : rows.in(Register.WORKFORCE_CASE_CLOSURE_REGISTER)) {
            closedOn = clock.dateOf(Rows.instant(row.get("recorded_at")));
            participants.add((String) row.get("acting_user"));
            closureEvidence = new Evidence(row.get("case_outcome") + ", HR pathway " + row.get("hr_pathway"),
                    (String) row.get("evidence_supporting_closure"), null, (String) row.get("acting_user"),
                    Rows.instant(row.get("recorded_at")));
        }
        Status status = Status.of(closedOn, !escalations.isEmpty(), target, clock.today());
        participants.remove(null);
        TrackedItem item = new TrackedItem(businessKey, "escalated-case", (String) opened.get("staff_id"),
                (String) opened.get("threshold_met"), (String) opened.get("concern_type"), (String) opened.get("line_manager"),
                clock.dateOf(Rows.instant(opened.get("recorded_at"))), (String) opened.get("acting_user"), status, target,
                closedOn, closureEvidence, escalations, reviews);
        return Optional.of(new TrackedItem.WithParticipants(item, List.copyOf(participants)));
    }
}
