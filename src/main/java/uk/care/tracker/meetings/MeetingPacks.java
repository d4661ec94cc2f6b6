package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.calendar.WorkingDays;
import uk.care.tracker.reports.EscalatedCaseFacts.CaseFact;
import uk.care.tracker.reports.ProbationActionFacts.ProbationFact;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionActionFacts.ActionFact;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;

/**
 * Builds each meeting's list from the registers as they stand (corrections applied), never from the engine's
 * runtime tables. The scope's period runs from the previous sitting to the meeting's date; its team and manager
 * filter the items (a supervision action's manager responsible, a case's or new starter's line manager). The items
 * come from {@link MeetingItems}, which reads those open at the meeting or touched since the last sitting only.
 */
@Component
public class MeetingPacks {

    private final MeetingItems items;
    private final RegisterReader registers;
    private final WorkingDays workingDays;
    private final DueDates dueDates;
    private final Clock clock;

    MeetingPacks(MeetingItems items, RegisterReader registers, WorkingDays workingDays, DueDates dueDates, Clock clock) {
        this.items = items;
        this.registers = registers;
        this.workingDays = workingDays;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** The pack for a meeting on {@code scope.to()}, the previous sitting being {@code scope.from()}. */
    public List<MeetingPack.Section> sections(Meeting meeting, ReportScope scope) {
        return switch (meeting) {
            case WEEKLY_MANAGEMENT_CALL -> managementCall(scope);
            case WEEKLY_OVERDUE_REVIEW -> overdueReview(scope);
            case FORTNIGHTLY_CASE_REVIEW -> caseReview(scope);
            case WEEKLY_PROBATION_REVIEW -> probationReview(scope);
            case FORTNIGHTLY_WORKFORCE_MONITORING -> workforceMonitoring(scope);
        };
    }

    // ---- weekly management call -------------------------------------------------------------------------------

    private List<MeetingPack.Section> managementCall(ReportScope scope) {
        LocalDate day = scope.to();
        List<ActionFact> actions = items.actionsOpenOrEntered(scope).stream().filter(a -> scope.matches(a.team(), a.manager()))
                .filter(a -> openAt(a, day) || !a.registeredOn().isBefore(scope.from()) && a.registeredOn().isBefore(day))
                .toList();
        Map<String, Map<String, Object>> verification = latestByKey(Register.ACTION_TRACKER,
                "entry_type IN ('VERIFIED', 'RETURNED_FOR_REWORDING', 'REWORDED')", actions.stream().map(ActionFact::businessKey).toList());
        List<Map<String, Object>> entered = actions.stream()
                .filter(a -> !a.registeredOn().isBefore(scope.from()) && a.registeredOn().isBefore(day))
                .sorted(Comparator.comparing(ActionFact::registeredOn).thenComparing(ActionFact::businessKey))
                .map(a -> {
                    Map<String, Object> item = item(a.businessKey(), a.staffName(), a.team());
                    item.put("manager", a.manager());
                    item.put("category", a.category());
                    item.put("description", a.description());
                    item.put("enteredOn", a.registeredOn());
                    item.put("lateEntry", a.lateEntry());
                    item.put("deadline", a.deadline());
                    Map<String, Object> v = verification.get(a.businessKey());
                    boolean verified = v != null && "VERIFIED".equals(v.get("entry_type"));
                    item.put("verification", verified ? "VERIFIED" : v != null && "RETURNED_FOR_REWORDING".equals(v.get("entry_type"))
                            ? "SENT BACK AS UNCLEAR" : "NOT YET VERIFIED");
                    item.put("priority", verified ? v.get("priority") : null);
                    item.put("evidenceRequired", verified ? v.get("evidence_required") : null);
                    item.put("reviewDate", verified ? Rows.localDate(v.get("review_date")) : null);
                    return item;
                }).toList();
        List<Map<String, Object>> unclear = actions.stream()
                .filter(a -> openAt(a, day))
                .filter(a -> verification.containsKey(a.businessKey())
                        && "RETURNED_FOR_REWORDING".equals(verification.get(a.businessKey()).get("entry_type")))
                .sorted(Comparator.comparing(ActionFact::registeredOn).thenComparing(ActionFact::businessKey))
                .map(a -> {
                    Map<String, Object> v = verification.get(a.businessKey());
                    Map<String, Object> item = item(a.businessKey(), a.staffName(), a.team());
                    item.put("manager", a.manager());
                    item.put("description", a.description());
                    item.put("sentBackOn", clock.dateOf(Rows.instant(v.get("recorded_at"))));
                    item.put("reason", v.get("return_reason"));
                    return item;
                }).toList();
        LocalDate weekEnd = day.plusDays(7);
        List<Map<String, Object>> due = actions.stream()
                .filter(a -> openAt(a, day) && !a.deadline().isBefore(day) && a.deadline().isBefore(weekEnd))
                .sorted(Comparator.comparing(ActionFact::deadline).thenComparing(ActionFact::businessKey))
                .map(a -> {
                    Map<String, Object> item = item(a.businessKey(), a.staffName(), a.team());
                    item.put("manager", a.manager());
                    item.put("category", a.category());
                    item.put("description", a.description());
                    item.put("deadline", a.deadline());
                    return item;
                }).toList();
        return List.of(
                section("entered", "Actions entered since the last call", entered, "staff", "manager", "category",
                        "description", "enteredOn", "lateEntry", "deadline", "verification", "priority", "evidenceRequired", "reviewDate"),
                section("sentBack", "Actions sent back as unclear, not yet reworded", unclear, "staff", "manager", "description",
                        "sentBackOn", "reason"),
                section("dueThisWeek", "Actions due in the coming week", due, "staff", "manager", "category", "description", "deadline"));
    }

    // ---- weekly overdue review ---------------------------------------------------------------------------------

    private List<MeetingPack.Section> overdueReview(ReportScope scope) {
        LocalDate day = scope.to();
        List<ActionFact> escalated = items.actionsOpen(scope).stream()
                .filter(a -> scope.matches(a.team(), a.manager()))
                .filter(a -> a.escalatedOn() != null && !a.escalatedOn().isAfter(day) && openAt(a, day))
                .sorted(Comparator.comparing(ActionFact::deadline).thenComparing(ActionFact::businessKey))
                .toList();
        Map<String, List<Map<String, Object>>> rows = byKey(registers.forBusinessKeys(Register.OVERDUE_ACTIONS_REGISTER, "1 = 1",
                escalated.stream().map(ActionFact::businessKey).toList()));
        List<Map<String, Object>> items = escalated.stream()
                .map(a -> {
                    List<Map<String, Object>> own = rows.getOrDefault(a.businessKey(), List.of());
                    Map<String, Object> item = item(a.businessKey(), a.staffName(), a.team());
                    item.put("manager", a.manager());
                    item.put("category", a.category());
                    item.put("deadline", a.deadline());
                    item.put("overdueDays", ChronoUnit.DAYS.between(a.deadline(), day));
                    item.put("reasonForDelay", last(own, r -> r.get("reason_for_delay") != null, "reason_for_delay"));
                    item.put("escalationStage", last(own, r -> r.get("escalation_stage") != null, "escalation_stage"));
                    item.put("remedialOwner", last(own, r -> r.get("remedial_owner") != null, "remedial_owner"));
                    item.put("reviewsMissed", own.stream().filter(r -> "MISSED_REVIEW".equals(r.get("entry_type"))).count());
                    return item;
                }).toList();
        return List.of(section("overdue", "Overdue actions register", items, "staff", "manager", "category", "deadline",
                "overdueDays", "reasonForDelay", "escalationStage", "remedialOwner", "reviewsMissed"));
    }

    // ---- fortnightly case review -------------------------------------------------------------------------------

    private List<MeetingPack.Section> caseReview(ReportScope scope) {
        LocalDate day = scope.to();
        List<CaseFact> open = items.casesOpen(scope).stream()
                .filter(c -> scope.matches(c.team(), c.lineManager()) && c.openAt(day))
                .sorted(Comparator.comparing(CaseFact::targetClosureDate).thenComparing(CaseFact::businessKey))
                .toList();
        Map<String, Map<String, Object>> latestReview = latestByKey(Register.ESCALATED_WORKFORCE_CASE_REVIEW, "entry_type = 'REVIEW'",
                open.stream().map(CaseFact::businessKey).toList());
        List<Map<String, Object>> items = open.stream()
                .map(c -> {
                    Map<String, Object> review = latestReview.get(c.businessKey());
                    long missed = c.reviews().stream().filter(r -> r.completedOn() == null && r.due().isBefore(day)).count();
                    List<Integer> ratings = c.progressRatings();
                    Map<String, Object> item = item(c.businessKey(), c.staffName(), c.team());
                    item.put("lineManager", c.lineManager());
                    item.put("concernType", c.concernType());
                    item.put("escalatedDate", c.escalatedDate());
                    item.put("actionPlanCompliance", review == null ? null : review.get("action_plan_compliance"));
                    item.put("latestProgressRatings", ratings.subList(Math.max(0, ratings.size() - 3), ratings.size()));
                    item.put("remainingRisk", review == null ? null : review.get("remaining_risk"));
                    item.put("nextMonitoringReview", nextCycle(c.escalatedDate(), 7, day));
                    item.put("nextCaseReview", nextCycle(c.escalatedDate(), 14, day));
                    item.put("missedReviews", missed);
                    item.put("targetClosureDate", c.targetClosureDate());
                    item.put("daysToTargetClosure", ChronoUnit.DAYS.between(day, c.targetClosureDate()));
                    item.put("seniorOversight", seniorOversight(c, missed, day));
                    return item;
                }).toList();
        return List.of(section("openCases", "Open escalated cases", items, "staff", "lineManager", "concernType", "escalatedDate",
                "actionPlanCompliance", "latestProgressRatings", "remainingRisk", "nextMonitoringReview", "nextCaseReview",
                "missedReviews", "targetClosureDate", "daysToTargetClosure", "seniorOversight"));
    }

    /**
     * AT: already escalated to senior oversight. NEAR: one more missed review would trigger it, or the case is within
     * seven days of its 28th day with no progress above the first rating. Otherwise null.
     */
    private static String seniorOversight(CaseFact c, long missed, LocalDate day) {
        if (!c.seniorOversightOn().isEmpty()) {
            return "AT";
        }
        List<Integer> ratings = c.progressRatings();
        boolean noProgress = ratings.isEmpty() || ratings.stream().noneMatch(r -> r > ratings.get(0));
        long days = ChronoUnit.DAYS.between(c.escalatedDate(), day);
        if (missed == 1 || (noProgress && days >= 21 && days <= 28)) {
            return "NEAR";
        }
        return null;
    }

    // ---- weekly probation review -------------------------------------------------------------------------------

    private List<MeetingPack.Section> probationReview(ReportScope scope) {
        LocalDate day = scope.to();
        List<ProbationFact> open = items.probationOpen(scope).stream()
                .filter(p -> scope.matches(p.team(), p.lineManager()) && p.openAt(day))
                .sorted(Comparator.comparing(ProbationFact::deadline).thenComparing(ProbationFact::businessKey))
                .toList();
        List<String> openKeys = open.stream().map(ProbationFact::businessKey).toList();
        Map<String, Map<String, Object>> registered = latestByKey(Register.PROBATION_ACTION_TRACKER, "entry_type = 'REGISTERED'", openKeys);
        Map<String, List<Map<String, Object>>> logs = byKey(registers.forBusinessKeys(Register.PROBATION_SUPPORT_LOG, "1 = 1", openKeys));
        List<Map<String, Object>> actions = open.stream().map(p -> {
            List<Map<String, Object>> own = logs.getOrDefault(p.businessKey(), List.of());
            Map<String, Object> thisWeek = own.stream()
                    .filter(r -> {
                        LocalDate due = Rows.localDate(r.get("due_on"));
                        return due != null && due.isAfter(day.minusDays(7)) && !due.isAfter(day);
                    }).reduce((a, b) -> b).orElse(null);
            List<Object> ratings = own.stream().filter(r -> r.get("confidence_rating") != null)
                    .map(r -> r.get("confidence_rating")).toList();
            Map<String, Object> item = item(p.businessKey(), p.staffName(), p.team());
            item.put("mentor", p.mentor());
            item.put("competencyArea", p.competencyArea());
            item.put("deadline", p.deadline());
            item.put("mentorLogThisWeek", thisWeek == null ? "MISSING" : "MISSED".equals(thisWeek.get("entry_type")) ? "MISSED"
                    : Boolean.TRUE.equals(thisWeek.get("submitted_late")) ? "LATE" : "ON TIME");
            item.put("confidenceTrend", ratings.subList(Math.max(0, ratings.size() - 4), ratings.size()));
            item.put("week12Decision", week12(registered.get(p.businessKey())));
            return item;
        }).toList();
        LocalDate horizon = workingDays.plusWorkingDays(day, 10);
        List<Map<String, Object>> approaching = open.stream()
                .filter(p -> {
                    LocalDate decision = week12(registered.get(p.businessKey()));
                    return decision != null && !decision.isBefore(day) && !decision.isAfter(horizon);
                })
                .sorted(Comparator.comparing((ProbationFact p) -> week12(registered.get(p.businessKey())))
                        .thenComparing(ProbationFact::businessKey))
                .map(p -> {
                    Map<String, Object> item = item(p.businessKey(), p.staffName(), p.team());
                    item.put("mentor", p.mentor());
                    item.put("week12Decision", week12(registered.get(p.businessKey())));
                    item.put("workingDaysToDecision", workingDays.countAfter(day, week12(registered.get(p.businessKey()))));
                    item.put("escalated", !p.escalatedOn().isEmpty());
                    return item;
                }).toList();
        return List.of(
                section("openActions", "Open probation actions", actions, "staff", "mentor", "competencyArea", "deadline",
                        "mentorLogThisWeek", "confidenceTrend", "week12Decision"),
                section("week12", "New starters within ten working days of the week-12 decision", approaching, "staff", "mentor",
                        "week12Decision", "workingDaysToDecision", "escalated"));
    }

    private static LocalDate week12(Map<String, Object> registered) {
        return registered == null ? null : Rows.localDate(registered.get("week12_decision_date"));
    }

    // ---- fortnightly workforce monitoring ----------------------------------------------------------------------

    private List<MeetingPack.Section> workforceMonitoring(ReportScope scope) {
        LocalDate day = scope.to();
        LocalDate nextSitting = day.plusDays(14);
        List<ProbationFact> open = items.probationOpen(scope).stream()
                .filter(p -> scope.matches(p.team(), p.lineManager()) && p.openAt(day)).toList();
        List<String> openKeys = open.stream().map(ProbationFact::businessKey).toList();
        Map<String, List<Map<String, Object>>> oversight = byKey(registers.forBusinessKeys(Register.NEW_STARTER_OVERSIGHT,
                "entry_type IN ('VERIFICATION', 'MISSED_VERIFICATION')", openKeys));
        Map<String, List<Map<String, Object>>> escalationRows = byKey(registers.forBusinessKeys(Register.PROBATION_ESCALATION,
                "1 = 1", openKeys));
        List<Map<String, Object>> verifications = new ArrayList<>();
        for (ProbationFact p : open) {
            LocalDate next = nextCycle(p.registeredOn(), 14, day);
            long missed = oversight.getOrDefault(p.businessKey(), List.of()).stream()
                    .filter(r -> "MISSED_VERIFICATION".equals(r.get("entry_type"))).count();
            if (missed == 0 && (next == null || !next.isBefore(nextSitting))) {
                continue;
            }
            Map<String, Object> item = item(p.businessKey(), p.staffName(), p.team());
            item.put("competencyArea", p.competencyArea());
            item.put("nextVerificationDue", next);
            item.put("missedVerifications", missed);
            item.put("status", missed > 0 ? "OVERDUE" : "DUE");
            verifications.add(item);
        }
        verifications.sort(Comparator.comparing((Map<String, Object> i) -> "OVERDUE".equals(i.get("status")) ? 0 : 1)
                .thenComparing(i -> (LocalDate) i.get("nextVerificationDue"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> (String) i.get("key")));
        List<Map<String, Object>> enhanced = open.stream()
                .filter(p -> p.escalatedOn().stream().anyMatch(d -> !d.isAfter(day)))
                .sorted(Comparator.comparing((ProbationFact p) -> p.escalatedOn().get(0)).thenComparing(ProbationFact::businessKey))
                .map(p -> {
                    List<Map<String, Object>> own = escalationRows.getOrDefault(p.businessKey(), List.of());
                    Map<String, Object> item = item(p.businessKey(), p.staffName(), p.team());
                    item.put("competencyArea", p.competencyArea());
                    item.put("escalatedOn", p.escalatedOn().get(0));
                    item.put("interimRestriction", last(own, r -> r.get("interim_restriction") != null, "interim_restriction"));
                    Object revised = last(own, r -> r.get("revised_review_date") != null, "revised_review_date");
                    item.put("revisedReviewDate", Rows.localDate(revised));
                    return item;
                }).toList();
        List<Map<String, Object>> escalations = new ArrayList<>();
        for (ActionFact a : items.actionsEscalated(scope)) {
            if (scope.matches(a.team(), a.manager()) && inWindow(a.escalatedOn(), scope)) {
                escalations.add(escalation(a.businessKey(), a.staffName(), a.team(), "Supervision action to the overdue register",
                        a.escalatedOn()));
            }
        }
        for (ProbationFact p : items.probationEscalated(scope)) {
            if (scope.matches(p.team(), p.lineManager())) {
                p.escalatedOn().stream().filter(d -> inWindow(d, scope)).findFirst().ifPresent(d ->
                        escalations.add(escalation(p.businessKey(), p.staffName(), p.team(), "Probation escalation", d)));
            }
        }
        for (CaseFact c : items.casesOpenedOrOverseen(scope)) {
            if (scope.matches(c.team(), c.lineManager())) {
                if (inWindow(c.openedOn(), scope)) {
                    escalations.add(escalation(c.businessKey(), c.staffName(), c.team(), "Escalated case opened", c.openedOn()));
                }
                c.seniorOversightOn().stream().filter(d -> inWindow(d, scope)).findFirst().ifPresent(d ->
                        escalations.add(escalation(c.businessKey(), c.staffName(), c.team(), "Senior provider oversight", d)));
            }
        }
        escalations.sort(Comparator.comparing((Map<String, Object> i) -> (LocalDate) i.get("on"))
                .thenComparing(i -> (String) i.get("key")));
        return List.of(
                section("verifications", "Probation verifications due before the next meeting or overdue", verifications,
                        "staff", "competencyArea", "nextVerificationDue", "missedVerifications", "status"),
                section("enhancedOversight", "Probation actions under enhanced oversight", enhanced, "staff", "competencyArea",
                        "escalatedOn", "interimRestriction", "revisedReviewDate"),
                section("escalations", "Escalations since the last meeting", escalations, "staff", "kind", "on"));
    }

    private Map<String, Object> escalation(String key, String staff, String team, String kind, LocalDate on) {
        Map<String, Object> item = item(key, staff, team);
        item.put("kind", kind);
        item.put("on", on);
        return item;
    }

    /** On or after the previous sitting, before this one. */
    private static boolean inWindow(LocalDate day, ReportScope scope) {
        return day != null && !day.isBefore(scope.from()) && day.isBefore(scope.to());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /**
     * The first due day on or after {@code day} of a cycle of {@code length} days counted from {@code start}, as the
     * processes date their cycle tasks ({@link DueDates#cycleDue}).
     */
    private LocalDate nextCycle(LocalDate start, int length, LocalDate day) {
        if (start == null) {
            return null;
        }
        // a due day is never later than start + length * n, so no cycle before this one can be on or after the day
        long first = Math.max(1, ChronoUnit.DAYS.between(start, day) / length);
        for (long n = first; n < first + 1000; n++) {
            LocalDate due = clock.dateOf(dueDates.cycleDue(start, length, (int) n).toInstant());
            if (!due.isBefore(day)) {
                return due;
            }
        }
        return null;
    }

    private static boolean openAt(ActionFact a, LocalDate day) {
        return !a.registeredOn().isAfter(day) && (a.closedOn() == null || a.closedOn().isAfter(day));
    }

    private static Map<String, Object> item(String key, String staff, String team) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("link", "/item.html?key=" + key);
        item.put("staff", staff);
        item.put("team", team);
        return item;
    }

    private static MeetingPack.Section section(String name, String title, List<Map<String, Object>> items, String... columns) {
        return new MeetingPack.Section(name, title, List.of(columns), items);
    }

    /** The latest current row matching the condition of each of the items (ids grow with time). */
    private Map<String, Map<String, Object>> latestByKey(Register register, String condition, List<String> keys) {
        Map<String, Map<String, Object>> latest = new HashMap<>();
        registers.forBusinessKeys(register, condition, keys).stream()
                .sorted(Comparator.comparingLong(row -> ((Number) row.get("id")).longValue()))
                .forEach(row -> latest.put((String) row.get("business_key"), row));
        return latest;
    }

    private static Map<String, List<Map<String, Object>>> byKey(List<Map<String, Object>> rows) {
        Map<String, List<Map<String, Object>>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent((String) row.get("business_key"), k -> new ArrayList<>()).add(row));
        return byKey;
    }

    private static Object last(List<Map<String, Object>> rows, Predicate<Map<String, Object>> filter, String column) {
        Object value = null;
        for (Map<String, Object> row : rows) {
            if (filter.test(row)) {
                value = row.get(column);
            }
        }
        return value;
    }
}
