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
import uk.care.tracker.registers.RegisterRow;
import uk.care.tracker.registers.SupervisionRegisters;
import uk.care.tracker.registers.SupervisionRegisters.ClosureRow;
import uk.care.tracker.registers.SupervisionRegisters.TrackerRow;
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

    private final SupervisionRegisters registers;
    private final StaffDirectory staff;
    private final Clock clock;

    public SupervisionActionFacts(SupervisionRegisters registers, StaffDirectory staff, Clock clock) {
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    public List<ActionFact> all() {
        return read(Items.ALL);
    }

    /** The facts of these items only, built as {@link #all()} builds every item's: what a meeting pack lists. */
    public List<ActionFact> forKeys(Collection<String> businessKeys) {
        return businessKeys.isEmpty() ? List.of() : read(Items.of(businessKeys));
    }

    private List<ActionFact> read(Items items) {
        Map<String, StaffMember> people = staff.byId();
        Map<String, ClosureRow> closures = new HashMap<>();
        registers.closuresAsComplete(items).forEach(row -> closures.putIfAbsent(row.businessKey(), row));
        Map<String, LocalDate> escalations = new HashMap<>();
        registers.escalations(items).forEach(row -> escalations.putIfAbsent(row.businessKey(), day(row)));
        Map<String, String> descriptions = new HashMap<>();
        registers.rewordings(items).forEach(row -> descriptions.put(row.businessKey(), row.actionDescription()));
        List<ActionFact> facts = new ArrayList<>();
        for (TrackerRow row : registers.registered(items)) {
            String key = row.businessKey();
            StaffMember member = people.get(row.staffId());
            ClosureRow closure = closures.get(key);
            facts.add(new ActionFact(key, row.staffId(), member == null ? null : member.name(),
                    member == null ? null : member.team(), row.managerResponsible(), row.actionCategory(),
                    descriptions.getOrDefault(key, row.actionDescription()), row.supervisionDate(), day(row), row.deadline(),
                    closure == null ? null : day(closure), closure == null ? null : closure.evidenceType(),
                    closure == null ? null : closure.evidenceDescription(),
                    escalations.get(key), Boolean.TRUE.equals(row.lateEntry())));
        }
        return facts;
    }

    private LocalDate day(RegisterRow row) {
        return clock.dateOf(row.recordedAt());
    }
}
