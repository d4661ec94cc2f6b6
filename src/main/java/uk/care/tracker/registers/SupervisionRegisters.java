package uk.care.tracker.registers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The supervision action's registers (article example 1): the action tracker, the action closure log and the
 * overdue actions register, as typed rows with corrections applied. Its rows' components are the registers' columns.
 */
@Component
public class SupervisionRegisters extends WorkflowRegisters {

    public record TrackerRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                             String actingUser, Instant recordedAt, Long correctsId, String entryType,
                             String actionDescription, String actionCategory, LocalDate deadline, LocalDate supervisionDate,
                             String managerResponsible, Boolean lateEntry, String priority, String evidenceRequired,
                             LocalDate reviewDate, String returnReason) implements RegisterRow {
    }

    public record ClosureRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                             String actingUser, Instant recordedAt, Long correctsId, Boolean evidenceSeen,
                             LocalDate dateChecked, String completionStatus, String evidenceType, String evidenceDescription,
                             String evidenceFileId, LocalDate nextCheckDate, Boolean closed) implements RegisterRow {
    }

    public record OverdueRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                             String actingUser, Instant recordedAt, Long correctsId, String entryType, LocalDate deadline,
                             Integer overdueDays, String escalationStage, String escalationReason, String reasonForDelay,
                             Boolean validExplanation, String remedialOwner, String remedialPlan, Integer reviewCycle,
                             LocalDate reviewDue) implements RegisterRow {
    }

    public static final RowType<TrackerRow> TRACKER = RowType.of(Register.ACTION_TRACKER, TrackerRow.class);
    public static final RowType<ClosureRow> CLOSURES = RowType.of(Register.ACTION_CLOSURE_LOG, ClosureRow.class);
    public static final RowType<OverdueRow> OVERDUE = RowType.of(Register.OVERDUE_ACTIONS_REGISTER, OverdueRow.class);

    public SupervisionRegisters(RegisterReader reader) {
        super(reader, TRACKER, CLOSURES, OVERDUE);
    }

    /**
     * The supervision actions' read model (V80) holds each action's entry and first closure as complete, the same
     * instants the item view dates them by, indexed on both: the open ones and those closed since the period start.
     */
    @Override
    public String keysOpenDuring() {
        return "SELECT f.business_key FROM supervision_action_fact f WHERE f.registered_at < ? "
                + "AND (f.closed_at IS NULL OR f.closed_at >= ?)";
    }

    /** Every action as entered: the REGISTERED row of the tracker. */
    public List<TrackerRow> registered(Items items) {
        return items.read(reader, TRACKER, "entry_type = 'REGISTERED'");
    }

    /** Every rewording of an action's description, oldest first. */
    public List<TrackerRow> rewordings(Items items) {
        return items.read(reader, TRACKER, "entry_type = 'REWORDED'");
    }

    /** Every follow-up check that closed its action as complete, oldest first. */
    public List<ClosureRow> closuresAsComplete(Items items) {
        return items.read(reader, CLOSURES, "closed = TRUE");
    }

    /** Every entry of an action into the overdue register, oldest first. */
    public List<OverdueRow> escalations(Items items) {
        return items.read(reader, OVERDUE, "entry_type = 'ESCALATED'");
    }

    /**
     * A staff member's actions of one category from supervisions on or after {@code since}, entered after
     * {@code enteredAfter}, in supervision date order.
     */
    public List<TrackerRow> registeredFor(String staffId, String category, LocalDate since, Instant enteredAfter) {
        return reader.where(TRACKER, "entry_type = 'REGISTERED' AND staff_id = ? AND action_category = ? "
                        + "AND supervision_date >= ? AND recorded_at > ?",
                staffId, category, Date.valueOf(since), Timestamp.from(enteredAfter)).stream()
                .sorted(java.util.Comparator.comparing(TrackerRow::supervisionDate).thenComparing(TrackerRow::id))
                .toList();
    }
}
