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

/** Every probation action reduced to the facts its KPIs need, from the current rows of the example 3 registers. */
@Component
public class ProbationActionFacts {

    /**
     * One mentor's weekly log: due on a Friday, whether it came in after that, or whether it never came (recorded
     * as missed at 00:00 after its Friday).
     */
    public record SupportLog(LocalDate dueOn, boolean late, Integer confidenceChange, boolean missed) {

        public SupportLog(LocalDate dueOn, boolean late, Integer confidenceChange) {
            this(dueOn, late, confidenceChange, false);
        }

        /** Submitted by the end of its due day. */
        public boolean onTime() {
            return !missed && !late;
        }
    }

    public record ProbationFact(String businessKey, String staffId, String staffName, String team, String lineManager,
                                String mentor, String competencyArea, String checkpoint, LocalDate registeredOn,
                                LocalDate deadline, LocalDate closedOn, String evidenceType, List<LocalDate> escalatedOn,
                                List<LocalDate> earlyWarningsOn, List<SupportLog> supportLogs) {

        public boolean closedByDueDate() {
            return closedOn != null && !closedOn.isAfter(deadline);
        }

        public boolean openAt(LocalDate day) {
            return !registeredOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }
    }

    private final RegisterReader registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public ProbationActionFacts(RegisterReader registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<ProbationFact> all() {
        Map<String, StaffMember> people = staff.byId();
        Map<String, Map<String, Object>> closures = new HashMap<>();
        registers.where(Register.PROBATION_ACTION_TRACKER, "entry_type = 'CLOSED'")
                .forEach(row -> closures.putIfAbsent((String) row.get("business_key"), row));
        Map<String, List<LocalDate>> escalations = new HashMap<>();
        registers.where(Register.PROBATION_ESCALATION, "entry_type = 'ESCALATED'")
                .forEach(row -> escalations.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>()).add(day(row)));
        Map<String, List<LocalDate>> warnings = new HashMap<>();
        registers.where(Register.NEW_STARTER_OVERSIGHT, "entry_type = 'EARLY_WARNING'")
                .forEach(row -> warnings.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>()).add(day(row)));
        Map<String, List<SupportLog>> logs = new HashMap<>();
        for (Map<String, Object> row : registers.where(Register.PROBATION_SUPPORT_LOG, "1 = 1")) {
            Object change = row.get("confidence_change");
            logs.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>()).add(new SupportLog(
                    Rows.localDate(row.get("due_on")), Boolean.TRUE.equals(row.get("submitted_late")),
                    change == null ? null : ((Number) change).intValue(), "MISSED".equals(row.get("entry_type"))));
        }
        List<ProbationFact> facts = new ArrayList<>();
        for (Map<String, Object> row : registers.where(Register.PROBATION_ACTION_TRACKER, "entry_type = 'REGISTERED'")) {
            String key = (String) row.get("business_key");
            StaffMember member = people.get((String) row.get("staff_id"));
            Map<String, Object> closure = closures.get(key);
            facts.add(new ProbationFact(key, (String) row.get("staff_id"), member == null ? null : member.name(),
                    member == null ? null : member.team(), member == null ? null : member.lineManager(),
                    (String) row.get("person_responsible"), (String) row.get("competency_area"), (String) row.get("checkpoint"),
                    day(row), Rows.localDate(row.get("deadline")), closure == null ? null : day(closure),
                    closure == null ? null : (String) closure.get("evidence_type"), escalations.getOrDefault(key, List.of()),
                    warnings.getOrDefault(key, List.of()), logs.getOrDefault(key, List.of())));
        }
        return facts;
    }

    private LocalDate day(Map<String, Object> row) {
        return clock.dateOf(Rows.instant(row.get("recorded_at")));
    }
}
