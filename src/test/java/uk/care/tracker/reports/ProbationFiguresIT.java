package uk.care.tracker.reports;

import uk.care.tracker.support.RegisterRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The database computation of the probation KPIs ({@link ProbationFigures}) against their definition in memory
 * ({@link ProbationKpis#report(ReportScope, List, LocalDate)} over {@link ProbationActionFacts#all()}) on randomly
 * generated registers: corrected registrations and sign-offs, late sign-offs, sign-offs around midnight in summer and
 * winter time, deadlines on bank holidays, mentor logs on time, late, missed and from before missed logs were recorded
 * (no entry type), withdrawn escalations, staff outside the directory, team and manager filters. Every figure, theme
 * and business key must agree, and so must the paged keys. Runs on H2 and on PostgreSQL like every integration test.
 */
class ProbationFiguresIT extends IntegrationTest {

    private static final List<String> AREAS = List.of("MEDICATION", "MOVING_AND_HANDLING", "RECORD_KEEPING");
    private static final List<String> EVIDENCE = List.of("OBSERVATION", "SUPERVISOR_CHECK", "STATEMENT_ONLY");
    private static final LocalDate FIRST = LocalDate.of(2031, 1, 1);

    @Autowired ProbationFigures figures;
    @Autowired ProbationActionFacts facts;
    @Autowired Clock clock;

    private RegisterRows rows;
    private Random random;

    @Test
    void the_database_computation_agrees_with_the_definition_on_random_registers() {
        long seed = Long.getLong("figures.seed", System.nanoTime());
        random = new Random(seed);
        rows = new RegisterRows(jdbc, random);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> teams = List.of("Team A " + run, "Team B " + run, "Team C " + run);
        List<String> managers = List.of("lm.one." + run, "lm.two." + run, "lm.three." + run);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String staffId = "P" + run + "-" + i;
            people.add(staffId);
            if (i < 10) { // the last two are not in the staff directory
                staff.save(new StaffMember(staffId, "Starter " + i, teams.get(i % teams.size()), managers.get(i % 3), "Carer",
                        FIRST.plusDays(random.nextInt(300)), null));
            }
        }
        for (int i = 0; i < 200; i++) {
            writeAction("PA-" + run + "-" + String.format("%05d", i), people.get(random.nextInt(people.size())));
        }

        List<ProbationFact> all = facts.all();
        ProbationKpis definition = new ProbationKpis(facts, clock);
        Map<String, Integer> exercised = new TreeMap<>();
        for (int scenario = 0; scenario < 30; scenario++) {
            LocalDate from = FIRST.plusDays(random.nextInt(400));
            LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(100));
            String team = random.nextInt(3) == 0 ? teams.get(random.nextInt(teams.size())) : null;
            String manager = random.nextInt(3) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            LocalDate today = from.plusDays(random.nextInt(180) - 20);
            ReportScope scope = new ReportScope(from, to, team, manager);
            String what = "seed " + seed + ", scope " + scope + ", today " + today;

            ProbationReport expected = definition.report(scope, all, today);
            assertThat(figures.report(scope, today, true)).as(what).isEqualTo(expected);
            assertThat(figures.report(scope, today, false).trace()).isNull();
            expected.trace().forEach((figure, keys) -> exercised.merge(figure, keys.size(), Integer::sum));
            exercised.merge("mentorUpdatesOnTime", expected.mentorUpdatesOnTime(), Integer::sum);
            exercised.merge("mentorUpdatesLateOrMissed", expected.mentorUpdatesDue() - expected.mentorUpdatesOnTime(), Integer::sum);

            for (String figure : List.of("dueInPeriod", "openOverdue", "confidenceNotImproving")) {
                List<String> paged = new ArrayList<>();
                int pages = 0;
                SupervisionFigures.KeyPage page;
                do {
                    page = figures.keys(scope, today, figure, pages++, 6);
                    paged.addAll(page.keys());
                    assertThat(page.total()).as(what + " " + figure).isEqualTo(expected.trace().get(figure).size());
                } while (page.keys().size() == 6);
                assertThat(paged).as(what + " " + figure).containsExactlyInAnyOrderElementsOf(expected.trace().get(figure));
            }
        }
        // the dashboard's trend, one query set grouped by month: each month exactly its own report and its definition
        new TrendCheck<>(figures::trend, (month, today) -> figures.report(month, today, false),
                (month, today) -> definition.report(month, all, today).withoutTrace(),
                ProbationReport::from, ProbationReport::to, ProbationReport::trace).run(random, FIRST, teams, managers, "seed " + seed);
        // the random registers put something behind every figure, or the comparison proves little
        assertThat(exercised).as("seed " + seed).allSatisfy((figure, n) -> assertThat(n).as(figure).isPositive());
    }

    /** One action: registration (perhaps corrected), weekly logs, escalations, early warnings, sign-off (perhaps corrected). */
    private void writeAction(String key, String staffId) {
        LocalDate registered = FIRST.plusDays(random.nextInt(420));
        Instant registeredAt = rows.at(registered);
        LocalDate deadline = random.nextInt(8) == 0 ? RegisterRows.BANK_HOLIDAYS.get(random.nextInt(RegisterRows.BANK_HOLIDAYS.size()))
                : registered.plusDays(random.nextInt(60) - 3);
        String area = AREAS.get(random.nextInt(AREAS.size()));
        long registration = tracker(key, staffId, registeredAt, null, "REGISTERED", area, deadline, null);
        if (random.nextInt(8) == 0) {
            // a corrected registration: another deadline or competency area
            tracker(key, staffId, registeredAt.plusSeconds(3600L * random.nextInt(24 * 20)), registration, "REGISTERED",
                    random.nextBoolean() ? AREAS.get(random.nextInt(AREAS.size())) : area, deadline.plusDays(random.nextInt(15) - 7), null);
        }
        LocalDate closedOn = random.nextInt(4) == 0 ? null : deadline.plusDays(random.nextInt(30) - 15);
        if (closedOn != null && random.nextInt(8) == 0) {
            closedOn = RegisterRows.BANK_HOLIDAYS.get(random.nextInt(RegisterRows.BANK_HOLIDAYS.size()));
        }
        if (closedOn != null && closedOn.isBefore(registered)) {
            closedOn = registered;
        }
        LocalDate lastDay = closedOn == null ? registered.plusDays(90) : closedOn;
        LocalDate friday = registered.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        for (int week = 1; !friday.isAfter(lastDay); week++, friday = friday.plusWeeks(1)) {
            int outcome = random.nextInt(10);
            String type = outcome < 7 ? (random.nextInt(4) == 0 ? null : "SUBMITTED") : "MISSED";
            boolean late = outcome == 5 || outcome == 6;
            Instant at = "MISSED".equals(type) ? rows.startOf(friday.plusDays(1)) : rows.at(late ? friday.plusDays(1) : friday);
            long log = log(key, staffId, at, null, type, week, friday, late);
            if (random.nextInt(12) == 0) {
                // a log corrected: another confidence change, or the missed log turned into one submitted
                log(key, staffId, at.plusSeconds(3600L * (1 + random.nextInt(48))), log, random.nextBoolean() ? "SUBMITTED" : type, week,
                        friday, late);
            }
        }
        if (random.nextInt(4) == 0) {
            long escalation = rows.write("probation_escalation", key, staffId, rows.at(deadline.plusDays(6 + random.nextInt(10))), null,
                    Map.of("entry_type", "ESCALATED"));
            if (random.nextInt(4) == 0) {
                rows.write("probation_escalation", key, staffId, rows.at(deadline.plusDays(17)), escalation, Map.of("entry_type", "WITHDRAWN"));
            }
        }
        if (random.nextInt(4) == 0) {
            rows.write("new_starter_oversight", key, staffId, rows.startOf(registered.plusDays(30 + random.nextInt(40))), null,
                    Map.of("entry_type", "EARLY_WARNING"));
        }
        if (closedOn != null) {
            Instant closedAt = random.nextInt(4) == 0 ? rows.nearMidnight(closedOn) : rows.at(closedOn);
            if (closedAt.isBefore(registeredAt)) {
                closedAt = registeredAt.plusSeconds(60);
            }
            long closure = tracker(key, staffId, closedAt, null, "CLOSED", null, null, EVIDENCE.get(random.nextInt(EVIDENCE.size())));
            int correction = random.nextInt(8);
            if (correction == 0) {
                // the sign-off described again later with better evidence: the correction's day counts
                tracker(key, staffId, closedAt.plusSeconds(3600L * random.nextInt(24 * 10)), closure, "CLOSED", null, null, "OBSERVATION");
            } else if (correction == 1) {
                // signed off in error: the correction reopens the action
                tracker(key, staffId, closedAt.plusSeconds(3600L * random.nextInt(24 * 10)), closure, "REOPENED", null, null, null);
            }
        }
    }

    private long tracker(String key, String staffId, Instant at, Long corrects, String type, String area, LocalDate deadline,
                         String evidence) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", type);
        columns.put("competency_area", area);
        columns.put("deadline", deadline);
        columns.put("checkpoint", "WEEK_4");
        columns.put("evidence_type", evidence);
        return rows.write("probation_action_tracker", key, staffId, at, corrects, columns);
    }

    private long log(String key, String staffId, Instant at, Long corrects, String type, int week, LocalDate friday, boolean late) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", type);
        columns.put("support_week", week);
        columns.put("due_on", friday);
        columns.put("submitted_late", late);
        columns.put("confidence_rating", "MISSED".equals(type) ? null : 3);
        columns.put("confidence_change", "MISSED".equals(type) || random.nextInt(6) == 0 ? null : random.nextInt(3) - 1);
        return rows.write("probation_support_log", key, staffId, at, corrects, columns);
    }
}
