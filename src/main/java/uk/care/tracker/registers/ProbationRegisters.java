package uk.care.tracker.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The probation action's registers (article example 3): the probation action tracker, the probation support log,
 * new starter oversight and probation escalation, as typed rows with corrections applied. Its rows' components are
 * the registers' columns.
 */
@Component
public class ProbationRegisters extends WorkflowRegisters {

    public record TrackerRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                             String actingUser, Instant recordedAt, Long correctsId, String entryType, String checkpoint,
                             String actionDescription, String competencyArea, LocalDate deadline,
                             String personResponsible, LocalDate startDate, LocalDate week12DecisionDate,
                             String evidenceType, String evidenceDescription, String evidenceFileId) implements RegisterRow {
    }

    public record SupportLogRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                                String actingUser, Instant recordedAt, Long correctsId, Integer supportWeek,
                                LocalDate dueOn, Boolean submittedLate, Integer supportSessionsCompleted,
                                String competencyAreaPractised, Integer confidenceRating, Integer confidenceChange,
                                String supportNotes, String entryType) implements RegisterRow {

        /** A week whose log never came: recorded as missed after its due day (rows before V20 have no type). */
        public boolean missed() {
            return "MISSED".equals(entryType);
        }
    }

    public record OversightRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                               String actingUser, Instant recordedAt, Long correctsId, String entryType,
                               Integer verificationCycle, LocalDate dueOn, Boolean submittedLate, String completionStatus,
                               Boolean evidenceSeen, String evidenceType, String evidenceDescription, String evidenceFileId,
                               String probationRiskCategory, LocalDate week12DecisionDate, String warningResponse,
                               String notes) implements RegisterRow {
    }

    public record EscalationRow(long id, String eventKey, String processInstanceId, String businessKey, String staffId,
                                String actingUser, Instant recordedAt, Long correctsId, String entryType,
                                String competencyArea, LocalDate deadline, Integer overdueWorkingDays,
                                String escalationReason, String overdueReason, String interimRestriction,
                                String restrictionDetails, LocalDate revisedReviewDate, String oversightProgress)
            implements RegisterRow {
    }

    public static final RowType<TrackerRow> TRACKER = RowType.of(Register.PROBATION_ACTION_TRACKER, TrackerRow.class);
    public static final RowType<SupportLogRow> SUPPORT_LOG = RowType.of(Register.PROBATION_SUPPORT_LOG, SupportLogRow.class);
    public static final RowType<OversightRow> OVERSIGHT = RowType.of(Register.NEW_STARTER_OVERSIGHT, OversightRow.class);
    public static final RowType<EscalationRow> ESCALATIONS = RowType.of(Register.PROBATION_ESCALATION, EscalationRow.class);

    public ProbationRegisters(RegisterReader reader) {
        super(reader, TRACKER, SUPPORT_LOG, OVERSIGHT, ESCALATIONS);
    }

    /** Registered (first current REGISTERED row) before the end; not when a current CLOSED row is before the start. */
    @Override
    public String keysOpenDuring() {
        return "SELECT o.business_key FROM probation_action_tracker o WHERE o.entry_type = 'REGISTERED' AND o.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker ox WHERE ox.corrects_id = o.id) "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker c WHERE c.business_key = o.business_key "
                + "AND c.entry_type = 'CLOSED' AND c.recorded_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM probation_action_tracker cx WHERE cx.corrects_id = c.id))";
    }

    /** Every action as entered: the REGISTERED row of the tracker. */
    public List<TrackerRow> registered(Items items) {
        return items.read(reader, TRACKER, "entry_type = 'REGISTERED'");
    }

    /** Every verification of an action as complete: the CLOSED rows of the tracker, oldest first. */
    public List<TrackerRow> closures(Items items) {
        return items.read(reader, TRACKER, "entry_type = 'CLOSED'");
    }

    /** Every escalation of an action to the Registered Manager, oldest first. */
    public List<EscalationRow> escalations(Items items) {
        return items.read(reader, ESCALATIONS, "entry_type = 'ESCALATED'");
    }

    /** Every week-12 early warning, oldest first. */
    public List<OversightRow> earlyWarnings(Items items) {
        return items.read(reader, OVERSIGHT, "entry_type = 'EARLY_WARNING'");
    }

    /** Every mentor's weekly log, submitted or missed, oldest first. */
    public List<SupportLogRow> supportLogs(Items items) {
        return items.read(reader, SUPPORT_LOG, "1 = 1");
    }
}
