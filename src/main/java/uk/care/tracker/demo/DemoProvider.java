package uk.care.tracker.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.BusinessKeys;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * A synthetic provider for the demo: on first start, six months of supervision actions (on-time closure improving
 * from about 60% to about 90%, as in the article, with weak evidence, repeats and escalations), closed escalated
 * cases and probation actions, written into the registers as they would have been recorded on those days; then a
 * few live actions and cases started through the workflows, so Tasklist has work in it. Demo profile only, seeded,
 * so every first start looks the same.
 */
@Component
@Profile("demo")
public class DemoProvider {

    private static final Logger log = LoggerFactory.getLogger(DemoProvider.class);
    private static final String[] CATEGORIES = {"RECORD_KEEPING", "RECORD_KEEPING", "RECORD_KEEPING", "TRAINING_REFRESHER",
            "TRAINING_REFRESHER", "PRACTICE_STANDARDS", "PRACTICE_STANDARDS", "MEDICATION", "SAFEGUARDING", "CARE_PLAN_COMPLIANCE",
            "CARE_PLAN_COMPLIANCE", "OTHER"};
    private static final Map<String, String> WORDING = Map.of(
            "RECORD_KEEPING", "Bring daily care notes up to date and have five audited",
            "TRAINING_REFRESHER", "Complete the refresher module on the e-learning portal and bring the certificate",
            "PRACTICE_STANDARDS", "Shadow a senior carer on two personal care calls and reflect in supervision",
            "MEDICATION", "Complete a witnessed medication round and competency sign-off",
            "SAFEGUARDING", "Complete safeguarding level 2 and discuss the reporting pathway",
            "CARE_PLAN_COMPLIANCE", "Review three care plans against the daily records and correct the gaps",
            "OTHER", "Agree a rota swap procedure with the team leader and follow it for four weeks");
    private static final String[] EVIDENCE = {"AUDIT_EVIDENCE", "TRAINING_CONFIRMATION", "OBSERVATION_NOTES", "OTHER_DOCUMENT"};

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final RegisterWriter registers;
    private final BusinessKeys keys;
    private final StaffDirectory staff;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final Random random = new Random(20261126L);

    public DemoProvider(@Value("${tracker.demo.history:false}") boolean enabled, JdbcTemplate jdbc, RegisterWriter registers,
                        BusinessKeys keys, StaffDirectory staff, RuntimeService runtime, IdentityService identity, Clock clock,
                        CalendarProperties calendar) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.registers = registers;
        this.keys = keys;
        this.staff = staff;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
        this.calendar = calendar;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(100)
    public void generate() {
        // Runs once per database: a start that finds any action in the tracker does nothing. With several nodes the
        // start-ups take turns (engine/ClusterStartupLock, ADR 0006), so a second node sees the first one's rows.
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM action_tracker", Integer.class);
        if (!enabled || existing == null || existing > 0) {
            return;
        }
        LocalDate today = clock.today();
        List<StaffMember> people = staff.findAll();
        int actions = 0;
        try {
            for (int monthsBack = 6; monthsBack >= 1; monthsBack--) {
                LocalDate monthStart = today.minusMonths(monthsBack).withDayOfMonth(1);
                double onTime = 0.60 + (6 - monthsBack) * 0.065;
                for (StaffMember member : people) {
                    for (int supervision = 0; supervision < 2; supervision++) {
                        if (random.nextDouble() < 0.6) {
                            historicAction(member, monthStart.plusDays(random.nextInt(25)), onTime, today);
                            actions++;
                        }
                    }
                }
            }
            historicCase(people.get(1), today.minusMonths(5), 40, "DOCUMENTATION");
            historicCase(people.get(4), today.minusMonths(4), 70, "SHIFT_RELIABILITY");
            historicCase(people.get(9), today.minusMonths(3), 50, "CARE_PLAN_ADHERENCE");
        } finally {
            ClockUtil.reset();
        }
        liveWork(people, today);
        log.info("Demo provider: {} historical supervision actions, 3 closed escalated cases and live work created", actions);
    }

    /** Writes one past supervision action as its registers would show it. */
    private void historicAction(StaffMember member, LocalDate supervision, double onTimeRate, LocalDate today) {
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        LocalDate deadline = supervision.plusDays(14 + random.nextInt(21));
        boolean late = random.nextDouble() < 0.1;
        LocalDate entered = late ? supervision.plusDays(2) : supervision;
        String key = at(entered, 10, () -> keys.next("SA"));
        String manager = member.lineManager();
        write(entered, 10, entry(Register.ACTION_TRACKER, key, member, "registered", manager)
                .set("entry_type", "REGISTERED").set("action_description", WORDING.get(category)).set("action_category", category)
                .set("deadline", deadline).set("supervision_date", supervision).set("manager_responsible", manager)
                .set("late_entry", late));
        LocalDate friday = entered.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        write(friday, 11, entry(Register.ACTION_TRACKER, key, member, "verification", "deputy.manager")
                .set("entry_type", "VERIFIED").set("priority", "MEDIUM").set("evidence_required", "Document or observation notes")
                .set("review_date", friday.plusDays(7)));

        boolean closesOnTime = random.nextDouble() < onTimeRate;
        LocalDate closed = closesOnTime ? deadline.minusDays(random.nextInt(4)) : deadline.plusDays(2 + random.nextInt(20));
        boolean immediate = List.of("MEDICATION", "SAFEGUARDING", "CARE_PLAN_COMPLIANCE").contains(category);
        LocalDate escalatesOn = immediate ? deadline.plusDays(1) : deadline.plusDays(8);
        // the overdue register takes the action at 00:00 on escalatesOn, unless it was closed before that day
        if (!closed.isBefore(escalatesOn) && !escalatesOn.isAfter(today)) {
            write(escalatesOn, 0, entry(Register.OVERDUE_ACTIONS_REGISTER, key, member, "escalated", RegisterEntry.SYSTEM)
                    .set("entry_type", "ESCALATED").set("deadline", deadline).set("overdue_days", (int) ChronoUnit.DAYS.between(deadline, escalatesOn))
                    .set("escalation_stage", "OVERDUE_REGISTER").set("escalation_reason", immediate
                            ? "Missed action linked to medication, safeguarding or care plan compliance"
                            : "Overdue by more than seven calendar days"));
            LocalDate review = escalatesOn.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
            if (!review.isAfter(today)) {
                write(review, 15, entry(Register.OVERDUE_ACTIONS_REGISTER, key, member, "weekly-review:1", "registered.manager")
                        .set("entry_type", "WEEKLY_REVIEW").set("deadline", deadline)
                        .set("overdue_days", (int) ChronoUnit.DAYS.between(deadline, review)).set("escalation_stage", "WEEKLY_REVIEW")
                        .set("reason_for_delay", "Staff member on annual leave; manager has rebooked the check")
                        .set("valid_explanation", true).set("review_cycle", 1));
            }
        }
        if (closed.isAfter(today)) {
            return;
        }
        String evidence = random.nextDouble() < 0.12 ? "STATEMENT_ONLY" : EVIDENCE[random.nextInt(EVIDENCE.length)];
        write(closed, 16, entry(Register.ACTION_CLOSURE_LOG, key, member, "follow-up", manager)
                .set("evidence_seen", true).set("date_checked", closed).set("completion_status", "COMPLETE")
                .set("evidence_type", evidence).set("evidence_description", "STATEMENT_ONLY".equals(evidence)
                        ? "Staff member confirmed completion in supervision" : "Checked and filed in the personnel record")
                .set("closed", true));
        if (!closesOnTime && random.nextDouble() < 0.5 && closed.plusDays(10).isBefore(today)) {
            // the same issue comes up again at the next supervision: carried forward
            historicAction(member, closed.plusDays(3 + random.nextInt(7)), onTimeRate, today);
        }
    }

    /** A past escalated case from opening to closure, with its plan, reviews and HR decision. */
    private void historicCase(StaffMember member, LocalDate escalated, int durationDays, String concern) {
        String key = at(escalated, 9, () -> keys.next("EC"));
        LocalDate target = escalated.plusDays(56);
        write(escalated, 9, entry(Register.FORMAL_ESCALATION_TRACKER, key, member, "opened", "registered.manager")
                .set("entry_type", "OPENED").set("concern_type", concern).set("threshold_met", "Third concern of the kind in 90 days")
                .set("concern_confirmed_date", escalated).set("escalated_date", escalated).set("late_entry", false)
                .set("target_closure_date", target).set("line_manager", member.lineManager()));
        write(escalated.plusDays(1), 9, entry(Register.ESCALATION_ACTION_PLAN, key, member, "plan", member.lineManager())
                .set("entry_type", "PLAN").set("corrective_action", "Weekly observed practice and record audit")
                .set("review_meeting_date", escalated.plusDays(14)).set("recheck_method", "OBSERVATION"));
        int rating = 2;
        for (int week = 1; week * 7 <= durationDays; week++) {
            LocalDate due = escalated.plusDays(7L * week);
            rating = Math.min(5, rating + (random.nextDouble() < 0.6 ? 1 : 0));
            write(due.minusDays(random.nextInt(2)), 14, entry(Register.ESCALATED_CASE_MONITORING_LOG, key, member, "formal_review:" + week,
                    "deputy.manager").set("entry_type", "FORMAL_REVIEW").set("review_cycle", week)
                    .set("review_due", new java.sql.Timestamp(endOf(due).getTime())).set("shift_observations", 2)
                    .set("audit_findings", "Records improving; one gap found").set("progress_rating", rating));
        }
        LocalDate closed = escalated.plusDays(durationDays);
        write(closed, 15, entry(Register.WORKFORCE_CASE_CLOSURE_REGISTER, key, member, "closure", "hr.lead")
                .set("case_outcome", "CLOSED").set("evidence_supporting_closure", "Four weeks of complete records and observations")
                .set("hr_pathway", "NONE").set("target_closure_date", target));
        write(closed, 15, entry(Register.FORMAL_ESCALATION_TRACKER, key, member, "ended", "hr.lead")
                .set("entry_type", "CLOSED").set("concern_type", concern).set("target_closure_date", target));
    }

    /** Today's work, started through the workflows as a line manager would. */
    private void liveWork(List<StaffMember> people, LocalDate today) {
        String[][] actions = {
                {"S1001", "RECORD_KEEPING", "10", "Audit five daily notes with the senior carer and correct any gaps"},
                {"S1004", "MEDICATION", "-2", "Complete a witnessed medication round and the competency sign-off"},
                {"S1007", "TRAINING_REFRESHER", "21", "Complete the moving and handling refresher and bring the certificate"},
                {"S1012", "CARE_PLAN_COMPLIANCE", "5", "Review three care plans against the daily records and correct the gaps"}};
        for (String[] a : actions) {
            StaffMember member = staff.find(a[0]).orElseThrow();
            Map<String, Object> start = new HashMap<>();
            start.put("staffId", a[0]);
            start.put("actionCategory", a[1]);
            start.put("deadline", today.plusDays(Long.parseLong(a[2])).toString());
            start.put("supervisionDate", today.minusDays(Long.parseLong(a[2]) < 0 ? 20 : 0).toString());
            start.put("actionDescription", a[3]);
            start.put("managerResponsible", member.lineManager());
            identity.setAuthentication(member.lineManager(), List.of("line-managers"));
            try {
                runtime.startProcessInstanceByKey("supervision-action", start);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private RegisterEntry.Builder entry(Register register, String businessKey, StaffMember member, String event, String actor) {
        return RegisterEntry.in(register).event(businessKey + ":" + event).process(null, businessKey).staff(member.staffId())
                .actingUser(actor);
    }

    /** Writes a row as if recorded at that time of that day: the demo clock is set while it is written. */
    private void write(LocalDate day, int hour, RegisterEntry.Builder entry) {
        at(day, hour, () -> registers.append(entry.build()));
    }

    private <T> T at(LocalDate day, int hour, java.util.function.Supplier<T> action) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, random.nextInt(60))).atZone(calendar.zone()).toInstant()));
        return action.get();
    }

    private Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(calendar.zone()).toInstant());
    }
}
