package uk.care.tracker.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.Items;
import uk.care.tracker.registers.ProbationRegisters;
import uk.care.tracker.registers.ProbationRegisters.SupportLogRow;
import uk.care.tracker.registers.ProbationRegisters.TrackerRow;
import uk.care.tracker.registers.RegisterRow;
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

    private final ProbationRegisters registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public ProbationActionFacts(ProbationRegisters registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<ProbationFact> all() {
        return read(Items.ALL);
    }

    /** The facts of these items only, built as {@link #all()} builds every item's: what a meeting pack lists. */
    public List<ProbationFact> forKeys(Collection<String> businessKeys) {
        return businessKeys.isEmpty() ? List.of() : read(Items.of(businessKeys));
    }

    private List<ProbationFact> read(Items items) {
        Map<String, StaffMember> people = staff.byId();
        Map<String, TrackerRow> closures = new HashMap<>();
        registers.closures(items).forEach(row -> closures.putIfAbsent(row.businessKey(), row));
        Map<String, List<LocalDate>> escalations = new HashMap<>();
        registers.escalations(items).forEach(row -> escalations.computeIfAbsent(row.businessKey(), k -> new ArrayList<>()).add(day(row)));
        Map<String, List<LocalDate>> warnings = new HashMap<>();
        registers.earlyWarnings(items).forEach(row -> warnings.computeIfAbsent(row.businessKey(), k -> new ArrayList<>()).add(day(row)));
        Map<String, List<SupportLog>> logs = new HashMap<>();
        for (SupportLogRow row : registers.supportLogs(items)) {
            logs.computeIfAbsent(row.businessKey(), k -> new ArrayList<>()).add(new SupportLog(row.dueOn(),
                    Boolean.TRUE.equals(row.submittedLate()), row.confidenceChange(), row.missed()));
        }
        List<ProbationFact> facts = new ArrayList<>();
        for (TrackerRow row : registers.registered(items)) {
            String key = row.businessKey();
            StaffMember member = people.get(row.staffId());
            TrackerRow closure = closures.get(key);
            facts.add(new ProbationFact(key, row.staffId(), member == null ? null : member.name(),
                    member == null ? null : member.team(), member == null ? null : member.lineManager(),
                    row.personResponsible(), row.competencyArea(), row.checkpoint(), day(row), row.deadline(),
                    closure == null ? null : day(closure), closure == null ? null : closure.evidenceType(),
                    escalations.getOrDefault(key, List.of()), warnings.getOrDefault(key, List.of()),
                    logs.getOrDefault(key, List.of())));
        }
        return facts;
    }

    private LocalDate day(RegisterRow row) {
        return clock.dateOf(row.recordedAt());
    }
}
