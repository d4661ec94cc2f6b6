package uk.care.tracker.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.calendar.DueDates;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/**
 * {@code /api/reports}: every KPI and register view of SPEC section 6, read from the registers only. Periods are
 * whole days in the provider's calendar, both ends included, given as {@code from}, {@code to} and the optional
 * {@code team} and {@code manager}, read once into a {@link ReportScope} ({@link ReportScopeBinding}) and narrowed by
 * {@link ReportAccess}. The reports carry figures only; the business keys behind a figure come a page at a time from
 * each report's {@code /keys}.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Governance KPIs and register views, for managers, quality leads and senior leaders")
public class ReportsController {

    /** The most business keys one page of a figure holds. */
    static final int MAX_PAGE = 500;

    private final SupervisionFigures supervision;
    private final EscalatedCaseFigures escalated;
    private final ProbationFigures probation;
    private final ManagerNonCompliance nonCompliance;
    private final EarlyWarnings warnings;
    private final RegisterReader registers;
    private final DueDates dueDates;
    private final ReportAccess access;
    private final SupervisionActionFactTable supervisionFacts;
    private final DashboardFigures dashboard;

    public ReportsController(SupervisionFigures supervision, EscalatedCaseFigures escalated, ProbationFigures probation,
                             ManagerNonCompliance nonCompliance,
                             EarlyWarnings warnings, RegisterReader registers, DueDates dueDates, ReportAccess access,
                             SupervisionActionFactTable supervisionFacts, DashboardFigures dashboard) {
        this.supervisionFacts = supervisionFacts;
        this.dashboard = dashboard;
        this.supervision = supervision;
        this.escalated = escalated;
        this.probation = probation;
        this.nonCompliance = nonCompliance;
        this.warnings = warnings;
        this.registers = registers;
        this.dueDates = dueDates;
        this.access = access;
    }

    @Operation(summary = "Supervision actions: opened, on-time closure, overdue, weak evidence, repeats carried forward "
            + "(the business keys behind a figure: /supervision-actions/keys)")
    @GetMapping("/supervision-actions")
    public SupervisionReport supervisionActions(@ParameterObject ReportScope asked,
            @Parameter(hidden = true) CurrentUser user) {
        return supervision.report(access.scopeFor(user, asked));
    }

    @Operation(summary = "Supervision actions: one page of the business keys behind one figure of the report "
            + "(opened, dueInPeriod, closedOnTime, openOverdue, closedWithWeakEvidence, repeatActionsCarriedForward, lateEntries, "
            + "escalated, missedDeadline, overdueByManager:<manager>, overdueByTeam:<team>, overdueByCategory:<category>)")
    @GetMapping("/supervision-actions/keys")
    public SupervisionFigures.KeyPage supervisionActionKeys(
            @RequestParam String figure,
            @ParameterObject ReportScope asked,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @Parameter(hidden = true) CurrentUser user) {
        ReportScope scope = access.scopeFor(user, asked);
        if (!SupervisionFigures.isFigure(figure)) {
            throw new BadRequest("No figure called '" + figure + "'; one of " + String.join(", ", SupervisionFigures.FIGURES)
                    + ", or overdueByManager:<manager>, overdueByTeam:<team>, overdueByCategory:<category>");
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new BadRequest("Pages are numbered from 0 and hold 1 to " + MAX_PAGE + " keys");
        }
        return supervision.keys(scope, figure, page, size);
    }

    @Operation(summary = "Supervision actions by month: one row per calendar month from the month of 'from' to the month of 'to'")
    @GetMapping("/supervision-actions/trend")
    public List<SupervisionFigures.Month> supervisionActionTrend(
            @ParameterObject ReportScope asked,
            @Parameter(hidden = true) CurrentUser user) {
        ReportScope scope = access.scopeFor(user, asked);
        return supervision.trend(scope.from(), scope.to(), scope.team(), scope.manager());
    }

    @Operation(summary = "The governance dashboard in one call: the period's reports of the three workflows (supervision "
            + "without keys), the early warning signs, and the trend of the 'months' calendar months ending with the month of 'to'")
    @GetMapping("/dashboard")
    public DashboardFigures.Dashboard dashboard(@ParameterObject ReportScope asked,
            @RequestParam(defaultValue = "12") int months,
                                                @Parameter(hidden = true) CurrentUser user) {
        ReportScope scope = access.scopeFor(user, asked);
        if (months < 1 || months > DashboardFigures.MAX_MONTHS) {
            throw new BadRequest("The trend shows 1 to " + DashboardFigures.MAX_MONTHS + " months");
        }
        return dashboard.load(scope, months);
    }

    @Operation(summary = "Supervision actions: rebuild the reports' read model from the registers (administrators; "
            + "after rows were loaded into the registers other than through the application)")
    @PostMapping("/supervision-actions/facts/rebuild")
    public Map<String, Integer> rebuildSupervisionFacts(@Parameter(hidden = true) CurrentUser user) {
        if (!user.inAnyGroup(List.of(CareGroups.ADMINS))) {
            throw new Forbidden("Only administrators rebuild the reports' read model");
        }
        return Map.of("actions", supervisionFacts.rebuild());
    }

    @Operation(summary = "Escalated cases: open cases, review timeliness, closure within target, duration, repeats, concentration "
            + "(the business keys behind a figure: /escalated-cases/keys)")
    @GetMapping("/escalated-cases")
    public EscalatedCaseReport escalatedCases(@ParameterObject ReportScope asked, @Parameter(hidden = true) CurrentUser user) {
        return escalated.report(access.scopeFor(user, asked));
    }

    @Operation(summary = "Escalated cases: one page of the business keys behind one figure of the report (review figures "
            + "answer case/kind/cycle)")
    @GetMapping("/escalated-cases/keys")
    public SupervisionFigures.KeyPage escalatedCaseKeys(@RequestParam String figure, @ParameterObject ReportScope asked,
                                                        @RequestParam(defaultValue = "0") int page,
                                                        @RequestParam(defaultValue = "100") int size,
                                                        @Parameter(hidden = true) CurrentUser user) {
        ReportScope scope = access.scopeFor(user, asked);
        checkPage(figure, EscalatedCaseFigures.isFigure(figure), EscalatedCaseFigures.FIGURES, page, size);
        return escalated.keys(scope, figure, page, size);
    }

    @Operation(summary = "Probation actions: opened, closed by due date, induction themes, escalations, mentor updates, sign-offs "
            + "(the business keys behind a figure: /probation-actions/keys)")
    @GetMapping("/probation-actions")
    public ProbationReport probationActions(@ParameterObject ReportScope asked, @Parameter(hidden = true) CurrentUser user) {
        return probation.report(access.scopeFor(user, asked));
    }

    @Operation(summary = "Probation actions: one page of the business keys behind one figure of the report")
    @GetMapping("/probation-actions/keys")
    public SupervisionFigures.KeyPage probationActionKeys(@RequestParam String figure, @ParameterObject ReportScope asked,
                                                          @RequestParam(defaultValue = "0") int page,
                                                          @RequestParam(defaultValue = "100") int size,
                                                          @Parameter(hidden = true) CurrentUser user) {
        ReportScope scope = access.scopeFor(user, asked);
        checkPage(figure, ProbationFigures.isFigure(figure), ProbationFigures.FIGURES, page, size);
        return probation.keys(scope, figure, page, size);
    }

    private static void checkPage(String figure, boolean known, List<String> figures, int page, int size) {
        if (!known) {
            throw new BadRequest("No figure called '" + figure + "'; one of " + String.join(", ", figures));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new BadRequest("Pages are numbered from 0 and hold 1 to " + MAX_PAGE + " keys");
        }
    }

    @Operation(summary = "Persistent manager non-compliance: missed deadlines per manager and month (quarterly review)")
    @GetMapping("/manager-non-compliance")
    public ManagerNonCompliance.Report managerNonCompliance(
            @ParameterObject ReportScope asked,
            @Parameter(hidden = true) CurrentUser user) {
        access.requireOversight(user);
        return nonCompliance.report(new ReportScope(asked.from(), asked.to(), asked.team(), null));
    }

    @Operation(summary = "The article's early warning signs, each with the actions or cases behind it")
    @GetMapping("/early-warnings")
    public List<EarlyWarnings.Warning> earlyWarnings(@ParameterObject ReportScope asked,
            @Parameter(hidden = true) CurrentUser user) {
        return warnings.list(access.scopeFor(user, asked));
    }

    @Operation(summary = "The registers that can be listed, by table name and article name")
    @GetMapping("/registers")
    public List<Map<String, String>> registers(@Parameter(hidden = true) CurrentUser user) {
        access.requireOversight(user);
        return Arrays.stream(Register.values()).map(r -> Map.of("register", r.table(), "name", r.articleName())).toList();
    }

    @Operation(summary = "The current rows of one register recorded in the period (corrections applied)")
    @GetMapping("/registers/{register}")
    public List<Map<String, Object>> registerRows(@PathVariable String register,
                                                  @ParameterObject ReportScope asked,
            @RequestParam(required = false) String staffId,
                                                  @Parameter(hidden = true) CurrentUser user) {
        access.requireOversight(user);
        Register chosen = Arrays.stream(Register.values()).filter(r -> r.table().equals(register)).findFirst()
                .orElseThrow(() -> new NotFound("No register called " + register));
        ReportScope scope = ReportScope.of(asked.from(), asked.to());
        Timestamp start = new Timestamp(dueDates.startOf(scope.from()).getTime());
        Timestamp end = new Timestamp(dueDates.startOf(scope.to().plusDays(1)).getTime());
        return staffId == null
                ? registers.where(chosen, "recorded_at >= ? AND recorded_at < ?", start, end)
                : registers.where(chosen, "recorded_at >= ? AND recorded_at < ? AND staff_id = ?", start, end, staffId);
    }
}
