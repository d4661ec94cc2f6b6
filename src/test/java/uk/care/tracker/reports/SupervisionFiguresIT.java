package uk.care.tracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The database computation of the supervision KPIs ({@link SupervisionFigures}) against their definition in memory
 * ({@link SupervisionKpis#report(ReportScope, List, LocalDate)} over {@link SupervisionActionFacts#all()}) on randomly
 * generated registers: corrections (reopened closures, changed deadlines and categories, withdrawn escalations),
 * late closures, closures around midnight in summer and winter time, deadlines on bank holidays, staff outside the
 * directory, and team, manager and staff filters. Every figure, every group and every business key must agree, and
 * so must the paged keys, the groups' keys, the quarterly non-compliance review and the monthly trend. The figures
 * read the read model (ADR 0008): once rebuilt from registers written straight into the tables, once kept in step by
 * RegisterWriter row by row (corrections included), where it must also equal a rebuild. Runs on H2 and on PostgreSQL
 * like every integration test.
 */
class SupervisionFiguresIT extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final List<String> CATEGORIES = List.of("RECORD_KEEPING", "MEDICATION", "SAFEGUARDING");
    private static final List<String> EVIDENCE = List.of("AUDIT_EVIDENCE", "TRAINING_CONFIRMATION", "OBSERVATION_NOTES",
            "OTHER_DOCUMENT", "STATEMENT_ONLY");
    /** Bank holidays of England and Wales in 2031 and 2032, to put deadlines and closures on. */
    private static final List<LocalDate> BANK_HOLIDAYS = List.of(LocalDate.of(2031, 4, 11), LocalDate.of(2031, 4, 14),
            LocalDate.of(2031, 5, 5), LocalDate.of(2031, 8, 25), LocalDate.of(2031, 12, 25), LocalDate.of(2031, 12, 26),
            LocalDate.of(2032, 1, 1));
    private static final LocalDate FIRST = LocalDate.of(2031, 1, 1);

    @Autowired SupervisionFigures figures;
    @Autowired SupervisionActionFacts facts;
    @Autowired Clock clock;
    @Autowired SupervisionActionFactTable factTable;
    @Autowired RegisterWriter writer;

    private long events;
    /** Whether rows go through the application's RegisterWriter (which keeps the read model in step) or straight in. */
    private boolean throughWriter;

    /** Registers written straight into the tables, then the read model rebuilt from them by its one command. */
    @Test
    void the_database_computation_agrees_with_the_definition_on_random_registers() {
        compareOnRandomRegisters(350, 40, false);
    }

    /**
     * Registers written row by row through RegisterWriter, corrections included, so the read model is only ever kept
     * in step, never rebuilt: it must not drift from what a rebuild computes, nor from the definition.
     */
    @Test
    void the_read_model_kept_in_step_with_every_write_does_not_drift() {
        String before = "SELECT " + SupervisionActionFactTable.ALL_COLUMNS + " FROM supervision_action_fact ORDER BY row_id";
        compareOnRandomRegisters(120, 8, true);
        List<Map<String, Object>> kept = jdbc.queryForList(before);
        factTable.rebuild();
        assertThat(jdbc.queryForList(before)).isEqualTo(kept);
    }

    private void compareOnRandomRegisters(int actions, int scenarios, boolean viaWriter) {
        throughWriter = viaWriter;
        long seed = Long.getLong("figures.seed", System.nanoTime());
        Random random = new Random(seed);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> teams = List.of("Team A " + run, "Team B " + run, "Team C " + run);
        List<String> managers = List.of("lm.one." + run, "lm.two." + run, "lm.three." + run);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String staffId = "R" + run + "-" + i;
            people.add(staffId);
            if (i < 12) { // the last two are not in the staff directory
                staff.save(new StaffMember(staffId, "Person " + i, teams.get(i % teams.size()), managers.get(i % 3), "Carer",
                        null, null));
            }
        }
        for (int i = 0; i < actions; i++) {
            writeAction(random, "SA-" + run + "-" + String.format("%06d", i), people.get(random.nextInt(people.size())),
                    managers.get(random.nextInt(managers.size())));
        }
        if (!viaWriter) {
            factTable.rebuild();
        }

        List<ActionFact> all = facts.all();
        SupervisionKpis definition = new SupervisionKpis(facts, clock);
        for (int scenario = 0; scenario < scenarios; scenario++) {
            LocalDate from = FIRST.plusDays(random.nextInt(400));
            LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(100));
            String team = random.nextInt(3) == 0 ? teams.get(random.nextInt(teams.size())) : null;
            String manager = random.nextInt(3) == 0 ? managers.get(random.nextInt(managers.size())) : null;
            // today before, inside or after the period
            LocalDate today = from.plusDays(random.nextInt(180) - 20);
            ReportScope scope = new ReportScope(from, to, team, manager);
            String what = "seed " + seed + ", scope " + scope + ", today " + today;

            SupervisionReport expected = definition.report(scope, all, today);
            SupervisionReport actual = figures.report(scope, null, today, true);
            assertThat(actual).as(what).isEqualTo(expected);

            // the paged keys are the trace, page by page
            for (String figure : List.of("dueInPeriod", "openOverdue", "repeatActionsCarriedForward")) {
                List<String> paged = new ArrayList<>();
                int pages = 0;
                SupervisionFigures.KeyPage page;
                do {
                    page = figures.keys(scope, null, today, figure, pages++, 7);
                    paged.addAll(page.keys());
                    assertThat(page.total()).as(what + " " + figure).isEqualTo(expected.trace().get(figure).size());
                } while (page.keys().size() == 7);
                assertThat(paged).as(what + " " + figure).isEqualTo(expected.trace().get(figure));
            }

            // the keys of every group at once (the early warnings' clusters) are the trace's, group by group
            for (String grouping : SupervisionFigures.GROUPS) {
                Map<String, List<String>> expectedGroups = new java.util.TreeMap<>();
                expected.trace().forEach((name, keys) -> {
                    if (name.startsWith(grouping + ":")) {
                        expectedGroups.put(name.substring(grouping.length() + 1), keys);
                    }
                });
                assertThat(figures.groupKeys(scope, grouping, today)).as(what + " " + grouping).isEqualTo(expectedGroups);
            }

            // the quarterly review of manager non-compliance, from the database and in memory
            ManagerNonCompliance review = new ManagerNonCompliance(figures, clock);
            ReportScope teamOnly = new ReportScope(from, to, team, null);
            assertThat(ManagerNonCompliance.summarise(teamOnly, figures.missedDeadlines(teamOnly, today))).as(what + " non-compliance")
                    .isEqualTo(review.report(teamOnly, all, today));

            // one staff member's figures, as the evidence pack counts them
            String staffId = people.get(random.nextInt(people.size()));
            List<ActionFact> theirs = all.stream().filter(a -> staffId.equals(a.staffId())).toList();
            assertThat(figures.report(scope, staffId, today, true)).as(what + " staff " + staffId)
                    .isEqualTo(definition.report(scope, theirs, today));
        }

        // the trend: one row per month, each the month's report
        for (int scenario = 0; scenario < 4; scenario++) {
            YearMonth first = YearMonth.from(FIRST.plusDays(random.nextInt(200)));
            YearMonth last = first.plusMonths(11);
            String team = scenario % 2 == 0 ? null : teams.get(random.nextInt(teams.size()));
            String manager = scenario == 3 ? managers.get(0) : null;
            LocalDate today = last.atDay(1).plusDays(random.nextInt(90));
            List<SupervisionFigures.Month> trend = figures.trend(first.atDay(10), last.atDay(3), team, manager, today);
            assertThat(trend).hasSize(12);
            for (SupervisionFigures.Month month : trend) {
                YearMonth m = YearMonth.parse(month.month());
                SupervisionReport expected = definition.report(new ReportScope(m.atDay(1), m.atEndOfMonth(), team, manager), all, today);
                String what = "seed " + seed + ", month " + m + ", team " + team + ", manager " + manager + ", today " + today;
                assertThat(month).as(what).isEqualTo(new SupervisionFigures.Month(month.month(), m.atDay(1), m.atEndOfMonth(),
                        expected.opened(), expected.dueInPeriod(), expected.closedOnTime(), expected.onTimeClosurePercent(),
                        expected.closedWithWeakEvidence(), expected.repeatActionsCarriedForward(), expected.lateEntries(),
                        expected.escalated(), expected.trace().get("missedDeadline").size(), expected.overdueByManager(),
                        expected.overdueByTeam(), expected.overdueByCategory()));
            }
        }
    }

    /** One action's register rows: registration, perhaps corrected; checks and closure, perhaps corrected; escalations. */
    private void writeAction(Random random, String key, String staffId, String manager) {
        LocalDate registered = FIRST.plusDays(random.nextInt(420));
        Instant registeredAt = at(random, registered);
        LocalDate deadline = random.nextInt(8) == 0 ? BANK_HOLIDAYS.get(random.nextInt(BANK_HOLIDAYS.size()))
                : registered.plusDays(random.nextInt(50) - 3);
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        long registration = tracker(key, staffId, registeredAt, null, category, deadline, registered.minusDays(random.nextInt(3)),
                manager, random.nextInt(5) == 0);
        if (random.nextInt(8) == 0) {
            // a correction of the registration: another deadline or category, recorded later
            LocalDate newDeadline = random.nextBoolean() ? deadline.plusDays(random.nextInt(20) - 10) : deadline;
            String newCategory = random.nextBoolean() ? CATEGORIES.get(random.nextInt(CATEGORIES.size())) : category;
            Instant correctedAt = registeredAt.plusSeconds(3600L * random.nextInt(24 * 30));
            registration = tracker(key, staffId, correctedAt, registration, newCategory, newDeadline,
                    registered, manager, random.nextInt(5) == 0);
            deadline = newDeadline;
        }
        if (random.nextInt(10) == 0) {
            // a check that found the action not complete
            closure(key, staffId, at(random, deadline.minusDays(random.nextInt(5))), null, false, "STATEMENT_ONLY");
        }
        int closing = random.nextInt(10);
        if (closing < 7) {
            LocalDate closedOn = random.nextInt(6) == 0 ? BANK_HOLIDAYS.get(random.nextInt(BANK_HOLIDAYS.size()))
                    : deadline.plusDays(random.nextInt(30) - 12);
            if (closedOn.isBefore(registered)) {
                closedOn = registered;
            }
            Instant closedAt = random.nextInt(4) == 0 ? nearMidnight(random, closedOn) : at(random, closedOn);
            String evidence = EVIDENCE.get(random.nextInt(EVIDENCE.size()));
            long closure = closure(key, staffId, closedAt, null, true, evidence);
            int correction = random.nextInt(10);
            if (correction == 0) {
                // reopened: the statement was not evidence
                closure(key, staffId, closedAt.plusSeconds(86400L * (1 + random.nextInt(20))), closure, false, evidence);
            } else if (correction == 1) {
                // evidence described again: still closed, the correction's day counts
                closure(key, staffId, closedAt.plusSeconds(3600L * random.nextInt(24 * 10)), closure, true, "AUDIT_EVIDENCE");
            }
            if (random.nextInt(10) == 0) {
                // closed a second time after all
                closure(key, staffId, closedAt.plusSeconds(86400L * (2 + random.nextInt(10))), null, true, "OBSERVATION_NOTES");
            }
        }
        if (random.nextInt(4) == 0) {
            long escalation = escalation(key, staffId, at(random, deadline.plusDays(1 + random.nextInt(10))), null, "ESCALATED");
            if (random.nextInt(5) == 0) {
                // recorded in error: the correction turns it into a review entry
                escalation(key, staffId, at(random, deadline.plusDays(12 + random.nextInt(10))), escalation, "WEEKLY_REVIEW");
            }
            if (random.nextInt(4) == 0) {
                escalation(key, staffId, at(random, deadline.plusDays(15 + random.nextInt(10))), null, "ESCALATED");
            }
        }
    }

    private Instant at(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60))).atZone(ZONE).toInstant();
    }

    /** Just before or after midnight, local time: where a day computed in UTC would be wrong. */
    private Instant nearMidnight(Random random, LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant().plusSeconds(random.nextBoolean() ? 60L * random.nextInt(90) : -60L * (1 + random.nextInt(90)));
    }

    private long tracker(String key, String staffId, Instant at, Long corrects, String category, LocalDate deadline,
                         LocalDate supervisionDate, String manager, boolean late) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", "REGISTERED");
        columns.put("action_description", "Random action");
        columns.put("action_category", category);
        columns.put("deadline", deadline);
        columns.put("supervision_date", supervisionDate);
        columns.put("manager_responsible", manager);
        columns.put("late_entry", late);
        return write(Register.ACTION_TRACKER, key, staffId, manager, at, corrects, columns);
    }

    private long closure(String key, String staffId, Instant at, Long corrects, boolean closed, String evidence) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("evidence_seen", true);
        columns.put("date_checked", at.atZone(ZONE).toLocalDate());
        columns.put("completion_status", closed ? "COMPLETE" : "NOT_COMPLETE");
        columns.put("evidence_type", evidence);
        columns.put("evidence_description", "Random evidence");
        columns.put("closed", closed);
        return write(Register.ACTION_CLOSURE_LOG, key, staffId, "lm", at, corrects, columns);
    }

    private long escalation(String key, String staffId, Instant at, Long corrects, String entryType) {
        return write(Register.OVERDUE_ACTIONS_REGISTER, key, staffId, "system", at, corrects, Map.of("entry_type", entryType));
    }

    /** One register row, recorded at {@code at}; answers its id. */
    private long write(Register register, String key, String staffId, String user, Instant at, Long corrects,
                       Map<String, Object> columns) {
        String eventKey = "random:" + key + ":" + (events++);
        if (throughWriter) {
            clockAt(at);
            RegisterEntry.Builder entry = RegisterEntry.in(register).event(eventKey).process(null, key).staff(staffId)
                    .actingUser(user).corrects(corrects);
            columns.forEach(entry::set);
            writer.append(entry.build());
            return jdbc.queryForObject("SELECT id FROM " + register.table() + " WHERE event_key = ?", Long.class, eventKey);
        }
        List<Object> values = new ArrayList<>(List.of(eventKey, key, staffId, user, Timestamp.from(at)));
        values.add(corrects);
        values.addAll(columns.values());
        return insert("INSERT INTO " + register.table() + " (event_key, business_key, staff_id, acting_user, recorded_at, corrects_id, "
                + String.join(", ", columns.keySet()) + ") VALUES (?, ?, ?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")",
                values.toArray());
    }

    private long insert(String sql, Object... values) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return ((Number) keys.getKeys().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst()
                .map(Map.Entry::getValue).orElseThrow()).longValue();
    }
}
