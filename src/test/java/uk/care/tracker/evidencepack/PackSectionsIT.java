package uk.care.tracker.evidencepack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.evidencepack.PackKpis.Section;
import uk.care.tracker.reports.EscalatedCaseFacts;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.EscalatedCaseKpis;
import uk.care.tracker.reports.EscalatedCaseReport;
import uk.care.tracker.reports.ProbationActionFacts;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ProbationKpis;
import uk.care.tracker.reports.ProbationReport;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;
import uk.care.tracker.support.RandomRegisters;

/**
 * The escalated-case and probation sections of the evidence pack, computed in the database for the period (or one
 * staff member), against the sections as the pack built them before: the in-memory definition over every case and
 * action of all history ({@code *Facts.all()}), with the keys behind each group worked out from those facts. On
 * random registers (corrections, late and missed reviews and logs, closures around midnight, staff outside the
 * directory) and random periods, teams, managers, staff members and days, every figure, value and key must agree.
 */
class PackSectionsIT extends IntegrationTest {

    private static final LocalDate FIRST = LocalDate.of(2034, 1, 1);

    @Autowired EscalatedCasePackKpis casePack;
    @Autowired ProbationPackKpis probationPack;
    @Autowired EscalatedCaseFacts caseFacts;
    @Autowired ProbationActionFacts probationFacts;
    @Autowired Clock clock;

    @Test
    void the_sections_from_the_database_equal_those_built_in_memory_from_all_history() {
        long seed = Long.getLong("figures.seed", System.nanoTime());
        Random random = new Random(seed);
        RandomRegisters registers = new RandomRegisters(jdbc, random);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> teams = List.of("Pack A " + run, "Pack B " + run);
        List<String> managers = List.of("pk.one." + run, "pk.two." + run, "pk.three." + run);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String staffId = "K" + run + "-" + i;
            people.add(staffId);
            if (i < 8) { // the last two are not in the staff directory
                staff.save(new StaffMember(staffId, "Person " + i, teams.get(i % 2), managers.get(i % 3), "Carer",
                        FIRST.minusDays(200).plusDays(random.nextInt(400)), null));
            }
        }
        for (int i = 0; i < 120; i++) {
            registers.escalatedCase("EC-" + run + "-" + i, people.get(random.nextInt(people.size())),
                    managers.get(random.nextInt(managers.size())), FIRST.plusDays(random.nextInt(300)));
            registers.probationAction("PA-" + run + "-" + i, people.get(random.nextInt(people.size())), "mentor",
                    FIRST.plusDays(random.nextInt(300)));
        }

        Map<String, Integer> exercised = new TreeMap<>();
        for (int scenario = 0; scenario < 16; scenario++) {
            LocalDate from = FIRST.plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(90));
            String team = random.nextInt(3) == 0 ? teams.get(random.nextInt(teams.size())) : null;
            String manager = random.nextInt(4) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            String staffId = random.nextInt(3) == 0 ? people.get(random.nextInt(people.size())) : null;
            LocalDate today = from.plusDays(random.nextInt(150) - 20);
            clockAt(today + "T12:00");
            ReportScope scope = new ReportScope(from, to, team, manager);
            String what = "seed " + seed + ", scope " + scope + ", staff " + staffId + ", today " + today;

            Section cases = casePack.section(scope, staffId);
            assertThat(cases).as(what).isEqualTo(casesInMemory(scope, staffId));
            Section probation = probationPack.section(scope, staffId);
            assertThat(probation).as(what).isEqualTo(probationInMemory(scope, staffId));
            for (Section section : List.of(cases, probation)) {
                // a figure counts as exercised by the keys behind it (the mentor logs' percentage has none: by its value)
                section.figures().forEach(f -> exercised.merge(section.title() + " " + f.name().replaceAll(":.*", ":*"),
                        f.keys().size() + (f.value() != null && f.value().doubleValue() > 0 ? 1 : 0), Integer::sum));
            }
        }
        // the random registers put something behind every figure, or the comparison proves little
        assertThat(exercised).as("seed " + seed).allSatisfy((figure, n) -> assertThat(n).as(figure).isPositive());
    }

    // ---- the sections as the pack built them before: every case and action in memory --------------------------------

    private Section casesInMemory(ReportScope scope, String staffId) {
        List<CaseFact> all = caseFacts.all();
        if (staffId != null) {
            all = all.stream().filter(c -> staffId.equals(c.staffId())).toList();
        }
        EscalatedCaseReport r = new EscalatedCaseKpis(caseFacts, clock).report(scope, all, clock.today());
        Map<String, List<String>> trace = new LinkedHashMap<>(r.trace());
        Set<String> openedKeys = Set.copyOf(r.trace().get("opened"));
        List<CaseFact> opened = all.stream().filter(c -> openedKeys.contains(c.businessKey())).toList();
        group(trace, "openedByTeam", opened, c -> c.team() == null ? "(not in directory)" : c.team());
        group(trace, "openedByLineManager", opened, CaseFact::lineManager);
        return casePack.section(r, trace);
    }

    private static void group(Map<String, List<String>> trace, String name, List<CaseFact> cases, Function<CaseFact, String> by) {
        cases.stream().collect(Collectors.groupingBy(c -> name + ":" + by.apply(c), TreeMap::new,
                        Collectors.mapping(CaseFact::businessKey, Collectors.toList())))
                .forEach((group, keys) -> trace.put(group, keys.stream().sorted().toList()));
    }

    private Section probationInMemory(ReportScope scope, String staffId) {
        List<ProbationFact> all = probationFacts.all();
        if (staffId != null) {
            all = all.stream().filter(p -> staffId.equals(p.staffId())).toList();
        }
        ProbationReport r = new ProbationKpis(probationFacts, clock).report(scope, all, clock.today());
        Map<String, List<String>> trace = new LinkedHashMap<>(r.trace());
        List<String> unresolved = r.trace().get("unresolved");
        for (String area : r.unresolvedInductionThemes().keySet()) {
            trace.put("unresolvedInductionThemes:" + area, all.stream()
                    .filter(p -> unresolved.contains(p.businessKey()) && area.equals(p.competencyArea()))
                    .map(ProbationFact::businessKey).sorted().toList());
        }
        return probationPack.section(r, trace);
    }
}
