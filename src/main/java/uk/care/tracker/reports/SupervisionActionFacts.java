package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * Every supervision action reduced to the facts the KPIs need, read from the current register rows (corrections
 * applied): action tracker, action closure log, overdue actions register, and the team from the staff directory.
 */
@Component
public class SupervisionActionFacts {

    /**
     * @param registeredOn  the day the action entered the tracker
     * @param closedOn      the day its closure as complete was recorded; null while open (or reopened by a correction)
     * @param evidenceType  the evidence that closed it
     * @param escalatedOn   the day it entered the overdue register, if it did
     */
    public record ActionFact(String businessKey, String staffId, String staffName, String team, String manager,
                             String category, String description, LocalDate supervisionDate, LocalDate registeredOn,
                             LocalDate deadline, LocalDate closedOn, String evidenceType, String evidenceDescription,
                             LocalDate escalatedOn, boolean lateEntry) {

        public String teamOrUnknown() {
            return team == null ? "(not in directory)" : team;
        }

        public boolean closedOnTime() {
            return closedOn != null && !closedOn.isAfter(deadline);
        }

        /** Overdue at the end of {@code day}: its deadline has passed and it was not closed by then. */
        public boolean openOverdueAt(LocalDate day) {
            return !registeredOn.isAfter(day) && deadline.isBefore(day) && (closedOn == null || closedOn.isAfter(day));
        }

        /** It missed its deadline: not closed as complete by the end of the deadline day. */
        public boolean missedDeadline() {
            return !closedOnTime();
        }
    }

    private final RegisterReader registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public SupervisionActionFacts(RegisterReader registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<ActionFact> all() {
        Map<String, StaffMember> people = staff.byId();
        Map<String, Map<String, Object>> closures = new HashMap<>();
        for (Map<String, Object> row : registers.where(Register.ACTION_CLOSURE_LOG, "closed = ?", true)) {
            closures.putIfAbsent((String) row.get("business_key"), row);
        }
        Map<String, LocalDate> escalations = new HashMap<>();
        for (Map<String, Object> row : registers.where(Register.OVERDUE_ACTIONS_REGISTER, "entry_type = 'ESCALATED'")) {
            escalations.putIfAbsent((String) row.get("business_key"), day(row));
        }
        Map<String, String> descriptions = new HashMap<>();
        for (Map<String, Object> row : registers.where(Register.ACTION_TRACKER, "entry_type = 'REWORDED'")) {
            descriptions.put((String) row.get("business_key"), (String) row.get("action_description"));
        }
        List<ActionFact> facts = new ArrayList<>();
        for (Map<String, Object> row : registers.where(Register.ACTION_TRACKER, "entry_type = 'REGISTERED'")) {
            String key = (String) row.get("business_key");
            StaffMember member = people.get((String) row.get("staff_id"));
            Map<String, Object> closure = closures.get(key);
            facts.add(new ActionFact(key, (String) row.get("staff_id"), member == null ? null : member.name(),
                    member == null ? null : member.team(), (String) row.get("manager_responsible"),
                    (String) row.get("action_category"), descriptions.getOrDefault(key, (String) row.get("action_description")),
                    Rows.localDate(row.get("supervision_date")), day(row), Rows.localDate(row.get("deadline")),
                    closure == null ? null : day(closure), closure == null ? null : (String) closure.get("evidence_type"),
                    closure == null ? null : (String) closure.get("evidence_description"),
                    escalations.get(key), Boolean.TRUE.equals(row.get("late_entry"))));
        }
        return facts;
    }

    private LocalDate day(Map<String, Object> row) {
        return clock.dateOf(Rows.instant(row.get("recorded_at")));
    }
}
