package uk.care.tracker.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random register rows of the three workflows written straight into the tables, at any instant, corrections included
 * (reopened closures, corrected openings and registrations, withdrawn escalations, missed reviews and logs, times
 * either side of midnight): for tests that compare a bounded read with the in-memory one on the same registers.
 * Supervision rows bypass the read model, so a test that writes them rebuilds it.
 */
public final class RandomRegisters extends RegisterRows {

    private static final List<String> CONCERNS = List.of("DOCUMENTATION", "SHIFT_RELIABILITY");
    private static final List<String> AREAS = List.of("MEDICATION", "MOVING_AND_HANDLING", "RECORD_KEEPING");
    private static final List<String> CATEGORIES = List.of("RECORD_KEEPING", "MEDICATION", "SAFEGUARDING");
    private static final List<String> EVIDENCE = List.of("OBSERVATION_NOTES", "AUDIT_EVIDENCE", "STATEMENT_ONLY");

    public RandomRegisters(JdbcTemplate jdbc, Random random) {
        super(jdbc, random);
    }

    /** One supervision action entered on {@code entered}: verified or sent back, closed (maybe reopened), escalated. */
    public void supervisionAction(String key, String staffId, String manager, LocalDate entered) {
        Instant at = at(entered);
        LocalDate deadline = entered.plusDays(3 + random.nextInt(40));
        Map<String, Object> c = columns("entry_type", "REGISTERED", "action_description", "Action " + key,
                "action_category", pick(CATEGORIES), "deadline", deadline, "supervision_date", entered.minusDays(random.nextInt(3)),
                "manager_responsible", manager, "late_entry", random.nextInt(5) == 0);
        write("action_tracker", key, staffId, at, null, c);
        int verification = random.nextInt(4);
        if (verification == 0) {
            write("action_tracker", key, staffId, at(entered.plusDays(1 + random.nextInt(5))), null, columns("entry_type", "VERIFIED",
                    "priority", "HIGH", "evidence_required", "Signed sheet", "review_date", deadline));
        } else if (verification == 1) {
            write("action_tracker", key, staffId, at(entered.plusDays(1 + random.nextInt(5))), null,
                    columns("entry_type", "RETURNED_FOR_REWORDING", "return_reason", "Not measurable"));
            if (random.nextBoolean()) {
                write("action_tracker", key, staffId, at(entered.plusDays(6 + random.nextInt(5))), null,
                        columns("entry_type", "REWORDED", "action_description", "Reworded " + key));
            }
        }
        LocalDate closedOn = random.nextInt(4) == 0 ? null : deadline.plusDays(random.nextInt(30) - 12);
        if (closedOn != null && closedOn.isBefore(entered)) {
            closedOn = entered;
        }
        if (random.nextInt(4) == 0 || closedOn == null && random.nextBoolean() || closedOn != null && closedOn.isAfter(deadline.plusDays(7))) {
            write("overdue_actions_register", key, staffId, startOf(deadline.plusDays(8)), null, columns("entry_type", "ESCALATED",
                    "deadline", deadline, "overdue_days", 8, "escalation_stage", "OVERDUE", "escalation_reason", "Overdue"));
            write("overdue_actions_register", key, staffId, at(deadline.plusDays(9 + random.nextInt(5))), null, columns(
                    "entry_type", "WEEKLY_REVIEW", "deadline", deadline, "reason_for_delay", "Leave", "remedial_owner", manager));
        }
        if (closedOn != null) {
            Instant closedAt = random.nextInt(4) == 0 ? nearMidnight(closedOn) : at(closedOn);
            Map<String, Object> closure = columns("evidence_seen", true, "date_checked", closedOn, "completion_status", "COMPLETE",
                    "evidence_type", pick(EVIDENCE), "evidence_description", "Seen", "closed", true);
            long id = write("action_closure_log", key, staffId, closedAt.isBefore(at) ? at.plusSeconds(60) : closedAt, null, closure);
            if (random.nextInt(8) == 0) {
                // closed in error: the correction reopens it
                Map<String, Object> reopened = new LinkedHashMap<>(closure);
                reopened.put("completion_status", "NOT_COMPLETE");
                reopened.put("closed", false);
                write("action_closure_log", key, staffId, at(closedOn.plusDays(2)), id, reopened);
            }
        }
    }

    /** One escalated case opened on {@code opened}: reviews done, late and missed, ratings, senior oversight, closure. */
    public void escalatedCase(String key, String staffId, String manager, LocalDate opened) {
        Instant openedAt = at(opened);
        LocalDate escalated = opened.minusDays(random.nextInt(3));
        LocalDate target = escalated.plusDays(28 + random.nextInt(30));
        String concern = pick(CONCERNS);
        long opening = write("formal_escalation_tracker", key, staffId, openedAt, null, columns("entry_type", "OPENED",
                "concern_type", concern, "escalated_date", escalated, "target_closure_date", target, "line_manager", manager));
        if (random.nextInt(8) == 0) {
            write("formal_escalation_tracker", key, staffId, openedAt.plusSeconds(3600L * random.nextInt(24 * 10)), opening,
                    columns("entry_type", "OPENED", "concern_type", pick(CONCERNS), "escalated_date", escalated,
                            "target_closure_date", target.plusDays(7), "line_manager", manager));
        }
        LocalDate closedOn = random.nextInt(4) == 0 ? null : escalated.plusDays(5 + random.nextInt(70));
        LocalDate lastDay = closedOn == null ? escalated.plusDays(80) : closedOn;
        reviews(key, staffId, "escalated_case_monitoring_log", 7, escalated, lastDay, "FORMAL_REVIEW");
        reviews(key, staffId, "escalated_workforce_case_review", 14, escalated, lastDay, "CASE_REVIEW");
        for (LocalDate day = opened.plusDays(1 + random.nextInt(5)); day.isBefore(lastDay); day = day.plusDays(3 + random.nextInt(8))) {
            write("escalated_case_monitoring_log", key, staffId, at(day), null,
                    columns("entry_type", "INTERIM_CHECK", "progress_rating", 2 + random.nextInt(2)));
        }
        if (random.nextInt(4) == 0) {
            long oversight = write("service_improvement_plan", key, staffId, at(opened.plusDays(10 + random.nextInt(40))), null,
                    columns("entry_type", "ESCALATED_TO_SENIOR_OVERSIGHT"));
            if (random.nextInt(4) == 0) {
                write("service_improvement_plan", key, staffId, at(opened.plusDays(50)), oversight, columns("entry_type", "WITHDRAWN"));
            }
        }
        if (closedOn != null) {
            Instant closedAt = random.nextInt(4) == 0 ? nearMidnight(closedOn) : at(closedOn);
            Map<String, Object> closure = columns("case_outcome", "RESOLVED", "evidence_supporting_closure", "Evidence",
                    "hr_pathway", "NONE");
            long id = write("workforce_case_closure_register", key, staffId, closedAt.isBefore(openedAt) ? openedAt.plusSeconds(60)
                    : closedAt, null, closure);
            if (random.nextInt(6) == 0) {
                write("workforce_case_closure_register", key, staffId, closedAt.plusSeconds(3600L * random.nextInt(24 * 10)), id, closure);
            }
        }
    }

    /** One probation action registered on {@code registered}: weekly logs, verifications, escalations, warnings, sign-off. */
    public void probationAction(String key, String staffId, String mentor, LocalDate registered) {
        Instant registeredAt = at(registered);
        LocalDate deadline = registered.plusDays(random.nextInt(60) - 3);
        String area = pick(AREAS);
        long registration = write("probation_action_tracker", key, staffId, registeredAt, null, columns("entry_type", "REGISTERED",
                "competency_area", area, "deadline", deadline, "checkpoint", "WEEK_6", "person_responsible", mentor,
                "week12_decision_date", registered.plusDays(random.nextInt(70))));
        if (random.nextInt(8) == 0) {
            write("probation_action_tracker", key, staffId, registeredAt.plusSeconds(3600L * random.nextInt(24 * 10)), registration,
                    columns("entry_type", "REGISTERED", "competency_area", pick(AREAS), "deadline", deadline.plusDays(5),
                            "checkpoint", "WEEK_6", "person_responsible", mentor, "week12_decision_date", registered.plusDays(60)));
        }
        LocalDate closedOn = random.nextInt(4) == 0 ? null : deadline.plusDays(random.nextInt(30) - 15);
        if (closedOn != null && closedOn.isBefore(registered)) {
            closedOn = registered;
        }
        LocalDate lastDay = closedOn == null ? registered.plusDays(90) : closedOn;
        LocalDate friday = registered.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        for (int week = 1; !friday.isAfter(lastDay); week++, friday = friday.plusWeeks(1)) {
            boolean missed = random.nextInt(8) == 0;
            boolean late = !missed && random.nextInt(5) == 0;
            write("probation_support_log", key, staffId, missed ? startOf(friday.plusDays(1)) : at(late ? friday.plusDays(1) : friday), null,
                    columns("entry_type", missed ? "MISSED" : "SUBMITTED", "support_week", week, "due_on", friday, "submitted_late", late,
                            "confidence_rating", missed ? null : 2 + random.nextInt(3),
                            "confidence_change", missed ? null : random.nextInt(3) - 1));
        }
        for (LocalDate due = registered.plusDays(14); !due.isAfter(lastDay); due = due.plusDays(14)) {
            write("new_starter_oversight", key, staffId, random.nextInt(5) == 0 ? startOf(due.plusDays(1)) : at(due), null,
                    columns("entry_type", random.nextInt(5) == 0 ? "MISSED_VERIFICATION" : "VERIFICATION"));
        }
        if (random.nextInt(4) == 0) {
            long escalation = write("probation_escalation", key, staffId, at(deadline.plusDays(6 + random.nextInt(10))), null,
                    columns("entry_type", "ESCALATED", "interim_restriction", "Supervised practice only"));
            if (random.nextInt(4) == 0) {
                write("probation_escalation", key, staffId, at(deadline.plusDays(17)), escalation, columns("entry_type", "WITHDRAWN"));
            }
        }
        if (random.nextInt(4) == 0) {
            write("new_starter_oversight", key, staffId, startOf(registered.plusDays(30 + random.nextInt(40))), null,
                    columns("entry_type", "EARLY_WARNING"));
        }
        if (closedOn != null) {
            Instant closedAt = random.nextInt(4) == 0 ? nearMidnight(closedOn) : at(closedOn);
            long closure = write("probation_action_tracker", key, staffId, closedAt.isBefore(registeredAt) ? registeredAt.plusSeconds(60)
                    : closedAt, null, columns("entry_type", "CLOSED", "evidence_type", pick(EVIDENCE)));
            if (random.nextInt(8) == 0) {
                // signed off in error: the correction reopens the action
                write("probation_action_tracker", key, staffId, closedAt.plusSeconds(3600L * 30), closure, columns("entry_type", "REOPENED"));
            }
        }
    }

    /** Reviews every {@code every} days from the escalation: done on time, late, missed, or missed then done. */
    private void reviews(String key, String staffId, String table, int every, LocalDate escalated, LocalDate lastDay, String done) {
        int cycle = 1;
        for (LocalDate due = escalated.plusDays(every); !due.isAfter(lastDay); due = escalated.plusDays((long) every * ++cycle)) {
            Instant dueAt = startOf(due);
            int outcome = random.nextInt(10);
            Map<String, Object> review = columns("entry_type", done, "review_cycle", cycle, "review_due", dueAt);
            if (done.equals("FORMAL_REVIEW")) {
                review.put("progress_rating", 2 + random.nextInt(2));
            }
            if (outcome < 6) {
                write(table, key, staffId, at(due), null, review);
            } else if (outcome < 8) {
                write(table, key, staffId, at(due.plusDays(1 + random.nextInt(3))), null, review);
            } else {
                long missed = write(table, key, staffId, startOf(due.plusDays(1)), null,
                        columns("entry_type", "MISSED_REVIEW", "review_cycle", cycle, "review_due", dueAt));
                if (outcome == 9) {
                    write(table, key, staffId, at(due.plusDays(2)), random.nextBoolean() ? missed : null, review);
                }
            }
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Map<String, Object> columns(Object... pairs) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], pairs[i + 1]);
        }
        return columns;
    }
}
