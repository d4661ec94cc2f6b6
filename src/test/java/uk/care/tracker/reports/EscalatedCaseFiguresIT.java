package uk.care.tracker.reports;

import uk.care.tracker.support.RegisterRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The database computation of the escalated-case KPIs ({@link EscalatedCaseFigures}) against their definition in
 * memory ({@link EscalatedCaseKpis#report(ReportScope, List, LocalDate)} over {@link EscalatedCaseFacts#all()}) on
 * randomly generated registers: corrected openings and closures, late and missed reviews (a missed review later done),
 * closures around midnight in summer and winter time, due days and target dates on bank holidays, repeats of a
 * concern, withdrawn senior oversight, staff outside the directory, team and manager filters. Every figure, group and
 * business key must agree, and so must the paged keys. Runs on H2 and on PostgreSQL like every integration test.
 */
class EscalatedCaseFiguresIT extends IntegrationTest {

    private static final List<String> CONCERNS = List.of("CONDUCT", "CAPABILITY");
    private static final LocalDate FIRST = LocalDate.of(2031, 1, 1);

    @Autowired EscalatedCaseFigures figures;
    @Autowired EscalatedCaseFacts facts;
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
        for (int i = 0; i < 10; i++) {
            String staffId = "E" + run + "-" + i;
            people.add(staffId);
            if (i < 8) { // the last two are not in the staff directory
                LocalDate started = FIRST.minusDays(200).plusDays(random.nextInt(500));
                staff.save(new StaffMember(staffId, "Person " + i, teams.get(i % teams.size()), managers.get(i % 3), "Carer",
                        random.nextInt(5) == 0 ? null : started, null));
            }
        }
        for (int i = 0; i < 160; i++) {
            writeCase("EC-" + run + "-" + String.format("%05d", i), people.get(random.nextInt(people.size())),
                    managers.get(random.nextInt(managers.size())));
        }

        List<CaseFact> all = facts.all();
        EscalatedCaseKpis definition = new EscalatedCaseKpis(facts, clock);
        Map<String, Integer> exercised = new java.util.TreeMap<>();
        for (int scenario = 0; scenario < 30; scenario++) {
            LocalDate from = FIRST.plusDays(random.nextInt(400));
            LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(100));
            String team = random.nextInt(3) == 0 ? teams.get(random.nextInt(teams.size())) : null;
            String manager = random.nextInt(3) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            LocalDate today = from.plusDays(random.nextInt(180) - 20);
            ReportScope scope = new ReportScope(from, to, team, manager);
            String what = "seed " + seed + ", scope " + scope + ", today " + today;

            EscalatedCaseReport expected = definition.report(scope, all, today);
            assertThat(figures.report(scope, today, true)).as(what).isEqualTo(expected);
            expected.trace().forEach((figure, keys) -> exercised.merge(figure, keys.size(), Integer::sum));
            exercised.merge("reviewsLateOrMissed", expected.reviewsDue() - expected.reviewsOnTime(), Integer::sum);
            exercised.merge("closedOutsideTarget", expected.closed() - expected.closedWithinTarget(), Integer::sum);
            // without keys: the same figures, no trace
            EscalatedCaseReport bare = figures.report(scope, today, false);
            assertThat(bare.trace()).isNull();
            assertThat(bare.reviewsDue()).isEqualTo(expected.reviewsDue());

            for (String figure : List.of("openCases", "reviewsDue", "closed", "repeatEscalationsWithin60Days")) {
                List<String> paged = new ArrayList<>();
                int pages = 0;
                SupervisionFigures.KeyPage page;
                do {
                    page = figures.keys(scope, today, figure, pages++, 5);
                    paged.addAll(page.keys());
                    assertThat(page.total()).as(what + " " + figure).isEqualTo(expected.trace().get(figure).size());
                } while (page.keys().size() == 5);
                assertThat(paged).as(what + " " + figure).containsExactlyInAnyOrderElementsOf(expected.trace().get(figure));
            }
        }
        // the dashboard's trend, one query set grouped by month: each month exactly its own report and its definition
        new TrendCheck<>(figures::trend, (month, today) -> figures.report(month, today, false),
                (month, today) -> definition.report(month, all, today).withoutTrace(),
                EscalatedCaseReport::from, EscalatedCaseReport::to, EscalatedCaseReport::trace).run(random, FIRST, teams, managers, "seed " + seed);
        // the random registers put something behind every figure, or the comparison proves little
        assertThat(exercised).as("seed " + seed).allSatisfy((figure, n) -> assertThat(n).as(figure).isPositive());
    }

    /** One case: opening (perhaps corrected), monitoring and case reviews (done, late, missed), ratings, oversight, closure. */
    private void writeCase(String key, String staffId, String manager) {
        LocalDate opened = FIRST.plusDays(random.nextInt(420));
        LocalDate escalated = opened.minusDays(random.nextInt(4));
        Instant openedAt = rows.at(opened);
        LocalDate target = random.nextInt(8) == 0 ? RegisterRows.BANK_HOLIDAYS.get(random.nextInt(RegisterRows.BANK_HOLIDAYS.size()))
                : escalated.plusDays(56 - random.nextInt(10));
        String concern = CONCERNS.get(random.nextInt(CONCERNS.size()));
        long opening = opening(key, staffId, openedAt, null, concern, escalated, target, manager);
        if (random.nextInt(8) == 0) {
            // a corrected opening: another concern or target closure date
            opening(key, staffId, openedAt.plusSeconds(3600L * random.nextInt(24 * 20)), opening,
                    random.nextBoolean() ? CONCERNS.get(random.nextInt(CONCERNS.size())) : concern,
                    escalated, target.plusDays(random.nextInt(15) - 7), manager);
        }
        int length = 5 + random.nextInt(90);
        LocalDate closedOn = random.nextInt(5) == 0 ? null : escalated.plusDays(length);
        LocalDate lastDay = closedOn == null ? escalated.plusDays(length) : closedOn;
        reviews(key, staffId, "escalated_case_monitoring_log", 7, escalated, lastDay, true);
        reviews(key, staffId, "escalated_workforce_case_review", 14, escalated, lastDay, false);
        for (LocalDate day = opened.plusDays(1 + random.nextInt(5)); day.isBefore(lastDay); day = day.plusDays(3 + random.nextInt(8))) {
            // interim checks between the reviews, often with the same rating
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("entry_type", "INTERIM_CHECK");
            check.put("progress_rating", 2 + random.nextInt(2));
            rows.write("escalated_case_monitoring_log", key, staffId, rows.at(day), null, check);
        }
        if (random.nextInt(4) == 0) {
            long oversight = oversight(key, staffId, rows.at(opened.plusDays(10 + random.nextInt(40))), null, "ESCALATED_TO_SENIOR_OVERSIGHT");
            if (random.nextInt(4) == 0) {
                // recorded in error: withdrawn by a correction
                oversight(key, staffId, rows.at(opened.plusDays(50 + random.nextInt(10))), oversight, "WITHDRAWN");
            }
            if (random.nextInt(3) == 0) {
                // a second trigger fired the same night
                oversight(key, staffId, rows.startOf(opened.plusDays(20 + random.nextInt(40))), null, "ESCALATED_TO_SENIOR_OVERSIGHT");
            }
        }
        if (closedOn != null) {
            if (random.nextInt(8) == 0) {
                closedOn = RegisterRows.BANK_HOLIDAYS.get(random.nextInt(RegisterRows.BANK_HOLIDAYS.size()));
                if (closedOn.isBefore(opened)) {
                    closedOn = opened;
                }
            }
            Instant closedAt = random.nextInt(4) == 0 ? rows.nearMidnight(closedOn) : rows.at(closedOn);
            if (closedAt.isBefore(openedAt)) {
                closedAt = openedAt.plusSeconds(60);
            }
            long closure = closure(key, staffId, closedAt, null);
            if (random.nextInt(6) == 0) {
                // the closure described again later: the correction's day counts
                closure(key, staffId, closedAt.plusSeconds(3600L * random.nextInt(24 * 10)), closure);
            }
        }
    }

    /** Reviews every {@code every} days from the date escalated: done on time, late, missed, or missed then done. */
    private void reviews(String key, String staffId, String table, int every, LocalDate escalated, LocalDate lastDay, boolean ratings) {
        int cycle = 1;
        for (LocalDate due = escalated.plusDays(every); !due.isAfter(lastDay); due = escalated.plusDays((long) every * ++cycle)) {
            if (random.nextInt(10) == 0) {
                due = RegisterRows.BANK_HOLIDAYS.get(random.nextInt(RegisterRows.BANK_HOLIDAYS.size()));
            }
            Instant dueAt = rows.startOf(due);
            int outcome = random.nextInt(10);
            if (outcome < 6) {
                review(key, staffId, table, random.nextInt(4) == 0 ? rows.nearMidnight(due) : rows.at(due.minusDays(random.nextInt(2))),
                        cycle, dueAt, ratings ? "FORMAL_REVIEW" : "CASE_REVIEW", ratings);
            } else if (outcome < 8) {
                review(key, staffId, table, rows.at(due.plusDays(1 + random.nextInt(3))), cycle, dueAt,
                        ratings ? "FORMAL_REVIEW" : "CASE_REVIEW", ratings);
            } else {
                long missed = review(key, staffId, table, rows.startOf(due.plusDays(1)), cycle, dueAt, "MISSED_REVIEW", false);
                if (outcome == 9) {
                    // done after all, days later; or the missed row corrected into a review done on the day
                    Long corrects = random.nextBoolean() ? missed : null;
                    review(key, staffId, table, rows.at(due.plusDays(corrects == null ? 2 : 0)), cycle, dueAt,
                            ratings ? "FORMAL_REVIEW" : "CASE_REVIEW", ratings, corrects);
                }
            }
        }
    }

    private long review(String key, String staffId, String table, Instant at, int cycle, Instant due, String type, boolean rating) {
        return review(key, staffId, table, at, cycle, due, type, rating, null);
    }

    private long review(String key, String staffId, String table, Instant at, int cycle, Instant due, String type, boolean rating,
                        Long corrects) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", type);
        columns.put("review_cycle", cycle);
        columns.put("review_due", due);
        if (rating) {
            columns.put("progress_rating", 2 + random.nextInt(2));
        }
        return rows.write(table, key, staffId, at, corrects, columns);
    }

    private long opening(String key, String staffId, Instant at, Long corrects, String concern, LocalDate escalated,
                         LocalDate target, String manager) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", "OPENED");
        columns.put("concern_type", concern);
        columns.put("escalated_date", escalated);
        columns.put("target_closure_date", target);
        columns.put("line_manager", manager);
        return rows.write("formal_escalation_tracker", key, staffId, at, corrects, columns);
    }

    private long oversight(String key, String staffId, Instant at, Long corrects, String type) {
        return rows.write("service_improvement_plan", key, staffId, at, corrects, Map.of("entry_type", type));
    }

    private long closure(String key, String staffId, Instant at, Long corrects) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("case_outcome", random.nextBoolean() ? "RESOLVED" : "ADVANCED_TO_HR");
        columns.put("evidence_supporting_closure", "Random evidence");
        columns.put("hr_pathway", "NONE");
        return rows.write("workforce_case_closure_register", key, staffId, at, corrects, columns);
    }
}
