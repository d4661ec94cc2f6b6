package uk.care.tracker.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.reports.EscalatedCaseFacts;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.ProbationActionFacts;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionActionFactTable;
import uk.care.tracker.reports.SupervisionActionFacts;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;
import uk.care.tracker.support.RandomRegisters;

/**
 * Every meeting's pack built from the items the database chooses (open at the meeting, entered or escalated since the
 * last sitting: {@link RegisterMeetingItems}) against the same pack built from every item of all history
 * ({@code *Facts.all()}, as it was before), on random registers of the three workflows (corrections that reopen a
 * closure or change a registration, missed reviews and logs, withdrawn escalations, times around midnight, staff
 * outside the directory) for random sittings, teams and managers. Every section, item and column must agree.
 */
class MeetingItemsIT extends IntegrationTest {

    private static final LocalDate FIRST = LocalDate.of(2035, 1, 1);

    @Autowired MeetingPacks packs;
    @Autowired MeetingCalendar calendar;
    @Autowired SupervisionActionFacts actionFacts;
    @Autowired EscalatedCaseFacts caseFacts;
    @Autowired ProbationActionFacts probationFacts;
    @Autowired SupervisionActionFactTable factTable;
    @Autowired RegisterReader registers;
    @Autowired WorkingDays workingDays;
    @Autowired DueDates dueDates;
    @Autowired Clock clock;

    @Test
    void each_meetings_pack_from_its_own_items_equals_the_pack_from_all_history() {
        long seed = Long.getLong("figures.seed", System.nanoTime());
        Random random = new Random(seed);
        RandomRegisters rows = new RandomRegisters(jdbc, random);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> teams = List.of("Sitting A " + run, "Sitting B " + run);
        List<String> managers = List.of("mt.one." + run, "mt.two." + run, "mt.three." + run);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String staffId = "M" + run + "-" + i;
            people.add(staffId);
            if (i < 9) { // the last is not in the staff directory
                staff.save(new StaffMember(staffId, "Person " + i, teams.get(i % 2), managers.get(i % 3), "Carer",
                        FIRST.minusDays(100).plusDays(random.nextInt(200)), null));
            }
        }
        for (int i = 0; i < 150; i++) {
            rows.supervisionAction("SA-" + run + "-" + i, people.get(random.nextInt(people.size())),
                    managers.get(random.nextInt(managers.size())), FIRST.plusDays(random.nextInt(200)));
            rows.escalatedCase("EC-" + run + "-" + i, people.get(random.nextInt(people.size())),
                    managers.get(random.nextInt(managers.size())), FIRST.plusDays(random.nextInt(200)));
            rows.probationAction("PA-" + run + "-" + i, people.get(random.nextInt(people.size())), "mentor." + (i % 3),
                    FIRST.plusDays(random.nextInt(200)));
        }
        // the rows went straight into the registers, so the supervision read model is rebuilt from them
        factTable.rebuild();

        MeetingPacks allHistory = new MeetingPacks(new AllHistory(), registers, workingDays, dueDates, clock);
        Map<String, Integer> exercised = new TreeMap<>();
        for (int scenario = 0; scenario < 40; scenario++) {
            Meeting meeting = Meeting.values()[scenario % Meeting.values().length];
            LocalDate day = calendar.next(meeting, FIRST.plusDays(random.nextInt(230)));
            String team = random.nextInt(6) == 0 ? null : teams.get(random.nextInt(teams.size()));
            String manager = random.nextInt(3) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            ReportScope scope = new ReportScope(calendar.previous(meeting, day), day, team, manager);
            String what = "seed " + seed + ", " + meeting + ", scope " + scope;

            List<MeetingPack.Section> sections = packs.sections(meeting, scope);
            assertThat(sections).as(what).isEqualTo(allHistory.sections(meeting, scope));
            sections.forEach(s -> exercised.merge(meeting.id() + " " + s.name(), s.items().size(), Integer::sum));
        }
        // the random registers put something in every section, or the comparison proves little
        assertThat(exercised).as("seed " + seed).hasSize(10).allSatisfy((section, n) -> assertThat(n).as(section).isPositive());
    }

    /** The items as the packs read them before: every item of all history, which the pack then filters. */
    private final class AllHistory implements MeetingItems {

        @Override
        public List<ActionFact> actionsOpenOrEntered(ReportScope scope) {
            return actionFacts.all();
        }

        @Override
        public List<ActionFact> actionsOpen(ReportScope scope) {
            return actionFacts.all();
        }

        @Override
        public List<ActionFact> actionsEscalated(ReportScope scope) {
            return actionFacts.all();
        }

        @Override
        public List<CaseFact> casesOpen(ReportScope scope) {
            return caseFacts.all();
        }

        @Override
        public List<CaseFact> casesOpenedOrOverseen(ReportScope scope) {
            return caseFacts.all();
        }

        @Override
        public List<ProbationFact> probationOpen(ReportScope scope) {
            return probationFacts.all();
        }

        @Override
        public List<ProbationFact> probationEscalated(ReportScope scope) {
            return probationFacts.all();
        }
    }
}
