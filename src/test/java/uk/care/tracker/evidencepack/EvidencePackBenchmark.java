package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.EscalatedCaseKpis;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.reports.SupervisionKpis;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.evidence.EvidenceStore;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * How long an evidence pack takes for a large service, against a baseline measured in the same run on the same data:
 * the KPI computation alone, and the JSON reports over HTTP. Not part of the test suite (the name matches neither
 * *Test nor *IT); run it with
 *
 * <pre>./mvnw -q test -Dtest=EvidencePackBenchmark [-Dbenchmark.actions=2000]</pre>
 *
 * on the in-memory H2 of the tests, or on an empty PostgreSQL database with {@code -Dtest.database.url=...
 * -Dtest.database.user=... -Dtest.database.password=...} ({@code scripts/ensure-postgres NAME} makes one).
 * It writes a synthetic year (2026) of supervision actions, with one escalated case per 20 actions and one probation
 * action per 10, straight into the registers through the {@link RegisterWriter}, then times every step several times
 * and prints the medians and their ratios (also to {@code target/benchmark/evidence-pack.txt}). It asserts only that
 * the packs hold every item, never a time.
 */
@Tag("benchmark")
class EvidencePackBenchmark extends IntegrationTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    private static final String PERIOD = "from=2026-01-01&to=2026-12-31";
    private static final List<String> CATEGORIES = List.of("RECORD_KEEPING", "TRAINING_REFRESHER", "PRACTICE_STANDARDS",
            "MEDICATION", "SAFEGUARDING", "CARE_PLAN_COMPLIANCE", "OTHER");
    private static final List<String> EVIDENCE = List.of("AUDIT_EVIDENCE", "TRAINING_CONFIRMATION", "OBSERVATION_NOTES",
            "OTHER_DOCUMENT", "STATEMENT_ONLY");
    private static final List<String> MANAGERS = List.of("line.manager", "line.manager2");

    @Autowired RegisterWriter registers;
    @Autowired EvidenceStore evidence;
    @Autowired SupervisionKpis supervision;
    @Autowired EscalatedCaseKpis escalated;
    @Autowired EvidencePack packs;

    private final Random random = new Random(20261201);
    private final List<String> report = new ArrayList<>();

    @Test
    void evidence_pack_against_the_kpis_and_the_json_reports() throws IOException {
        int actions = Integer.getInteger("benchmark.actions", 2000);
        long written = System.nanoTime();
        int rows = syntheticYear(actions);
        line("Database: %s", jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
        line("Data set: %d supervision actions, %d escalated cases, %d probation actions, %d staff; %d register rows written in %.1f s",
                actions, actions / 20, actions / 10, staffCount(actions), rows, (System.nanoTime() - written) / 1e9);
        clockAt("2027-01-15T09:00");
        ReportScope year = ReportScope.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        int items = actions + actions / 20 + actions / 10;

        double kpis = time("Baseline: KPI computation (supervision + escalated cases), in process", () -> {
            supervision.report(year);
            return escalated.report(year);
        });
        double json = time("Baseline: JSON reports over HTTP (supervision + escalated cases)", () -> {
            get("supervision-actions?" + PERIOD);
            return get("escalated-cases?" + PERIOD);
        });
        double model = time("Evidence pack contents (KPIs with keys, every item), in process",
                () -> packs.build(new EvidencePack.Request(year.from(), year.to(), null, null), "benchmark"));
        byte[][] files = new byte[2][];
        double pdf = time("Evidence pack PDF over HTTP", () -> files[0] = get("evidence-pack.pdf?" + PERIOD));
        double xlsx = time("Evidence pack spreadsheet over HTTP", () -> files[1] = get("evidence-pack.xlsx?" + PERIOD));
        double staffPdf = time("One staff member's pack, PDF over HTTP", () -> get("evidence-pack.pdf?staffId=B0001"));
        double staffXlsx = time("One staff member's pack, spreadsheet over HTTP", () -> get("evidence-pack.xlsx?staffId=B0001"));

        // the packs hold every item of the year, so the times are those of a complete pack
        PdfReader reader = new PdfReader(files[0]);
        int pages = reader.getNumberOfPages();
        reader.close();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files[1]))) {
            assertThat(workbook.getSheet("Items").getLastRowNum()).isEqualTo(items);
        }
        line("");
        line("PDF: %d pages, %d KB; spreadsheet: %d KB; %d items", pages, files[0].length / 1024, files[1].length / 1024, items);
        line("Ratios (median times): PDF / JSON reports = %.1f, spreadsheet / JSON reports = %.1f, PDF / KPI computation = %.1f, "
                + "spreadsheet / KPI computation = %.1f, pack contents / KPI computation = %.1f, staff PDF / JSON = %.1f, staff spreadsheet / JSON = %.1f",
                pdf / json, xlsx / json, pdf / kpis, xlsx / kpis, model / kpis, staffPdf / json, staffXlsx / json);
        Path out = Path.of("target", "benchmark", "evidence-pack.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    }

    /** The median of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs, in milliseconds. */
    private double time(String what, Supplier<Object> step) {
        for (int i = 0; i < WARM_UP; i++) {
            step.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            step.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        line("%-75s median %8.1f ms   (min %8.1f, max %8.1f)", what, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
        return ms[RUNS / 2];
    }

    private byte[] get(String path) {
        ResponseEntity<byte[]> response = http.withBasicAuth("quality.lead", "demo").getForEntity("/api/reports/" + path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    // --- a synthetic year, written as the workflows' delegates write it ---

    private static int staffCount(int actions) {
        return Math.max(10, actions / 20);
    }

    private int syntheticYear(int actions) {
        List<String> staffIds = new ArrayList<>();
        for (int s = 1; s <= staffCount(actions); s++) {
            String id = "B%04d".formatted(s);
            staff.save(new StaffMember(id, "Bench Member " + s, "Team " + (char) ('A' + s % 4), MANAGERS.get(s % 2), "Care Worker",
                    LocalDate.of(2025, 1, 6).plusDays(s * 7L), LocalDate.of(2025, 7, 6).plusDays(s * 7L)));
            staffIds.add(id);
        }
        clockAt("2026-01-02T09:00");
        List<String> files = new ArrayList<>();
        for (int f = 0; f < 50; f++) {
            byte[] content = ("%PDF-1.4\n% synthetic audit " + f + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            files.add(evidence.store("audit-" + f + ".pdf", "application/pdf", content, null, "line.manager").evidenceId());
        }
        int rows = 0;
        for (int i = 1; i <= actions; i++) {
            rows += supervisionAction(i, staffIds.get(random.nextInt(staffIds.size())), files);
        }
        for (int i = 1; i <= actions / 20; i++) {
            rows += escalatedCase(i, staffIds.get(random.nextInt(staffIds.size())));
        }
        for (int i = 1; i <= actions / 10; i++) {
            rows += probationAction(i, staffIds.get(random.nextInt(staffIds.size())));
        }
        return rows;
    }

    private RegisterEntry.Builder entry(Register register, String key, String event, String staffId, String user) {
        return RegisterEntry.in(register).event(key + ":" + event).process(null, key).staff(staffId).actingUser(user);
    }

    private int write(RegisterEntry.Builder entry) {
        return registers.append(entry.build()) ? 1 : 0;
    }

    private int supervisionAction(int i, String staffId, List<String> files) {
        String key = "SA-2026-%06d".formatted(i);
        LocalDate opened = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(340));
        LocalDate deadline = opened.plusDays(7 + random.nextInt(28));
        String manager = MANAGERS.get(random.nextInt(2));
        clockAt(opened + "T10:00");
        int rows = write(entry(Register.ACTION_TRACKER, key, "registered", staffId, manager).set("entry_type", "REGISTERED")
                .set("action_description", "Synthetic action " + i + ": audit three care records and discuss the findings")
                .set("action_category", CATEGORIES.get(random.nextInt(CATEGORIES.size()))).set("deadline", deadline)
                .set("supervision_date", opened).set("manager_responsible", manager).set("late_entry", random.nextInt(20) == 0));
        clockAt(opened.plusDays(2) + "T11:00");
        rows += write(entry(Register.ACTION_TRACKER, key, "verification", staffId, "deputy.manager").set("entry_type", "VERIFIED")
                .set("priority", "MEDIUM").set("evidence_required", "Audit sheet signed by the deputy").set("review_date", deadline));
        int fate = random.nextInt(100);
        if (fate < 70) {
            LocalDate closed = fate < 55 ? deadline.minusDays(random.nextInt(5)) : deadline.plusDays(1 + random.nextInt(10));
            clockAt(closed + "T15:00");
            rows += write(entry(Register.ACTION_CLOSURE_LOG, key, "follow-up", staffId, manager).set("evidence_seen", true)
                    .set("date_checked", closed).set("completion_status", "COMPLETE")
                    .set("evidence_type", EVIDENCE.get(random.nextInt(EVIDENCE.size())))
                    .set("evidence_description", "Three care records audited on " + closed + "; findings discussed with the staff member")
                    .set("evidence_file_id", random.nextInt(5) == 0 ? files.get(random.nextInt(files.size())) : null)
                    .set("closed", true));
        } else if (fate < 85) {
            clockAt(deadline.plusDays(8) + "T00:00");
            rows += write(entry(Register.OVERDUE_ACTIONS_REGISTER, key, "escalated", staffId, RegisterEntry.SYSTEM)
                    .set("entry_type", "ESCALATED").set("deadline", deadline).set("escalation_stage", "OVERDUE_REGISTER")
                    .set("escalation_reason", "Overdue by more than seven calendar days"));
            for (int week = 1; week <= 2; week++) {
                clockAt(deadline.plusDays(8 + 7L * week) + "T10:00");
                rows += write(entry(Register.OVERDUE_ACTIONS_REGISTER, key, "review-" + week, staffId, "registered.manager")
                        .set("entry_type", "WEEKLY_REVIEW").set("deadline", deadline).set("overdue_days", 8 + 7 * week)
                        .set("escalation_stage", "OVERDUE_REGISTER").set("reason_for_delay", "Staff member on leave")
                        .set("valid_explanation", true).set("review_cycle", week));
            }
        }
        return rows;
    }

    private int escalatedCase(int i, String staffId) {
        String key = "EC-2026-%06d".formatted(i);
        LocalDate escalatedOn = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
        clockAt(escalatedOn + "T09:00");
        int rows = write(entry(Register.FORMAL_ESCALATION_TRACKER, key, "opened", staffId, "registered.manager")
                .set("entry_type", "OPENED").set("concern_type", "DOCUMENTATION").set("threshold_met", "Third documentation concern in 90 days")
                .set("concern_confirmed_date", escalatedOn.minusDays(1)).set("escalated_date", escalatedOn).set("late_entry", false)
                .set("target_closure_date", escalatedOn.plusDays(56)).set("line_manager", MANAGERS.get(i % 2)));
        clockAt(escalatedOn + "T15:00");
        rows += write(entry(Register.ESCALATION_ACTION_PLAN, key, "plan", staffId, MANAGERS.get(i % 2)).set("entry_type", "PLAN")
                .set("corrective_action", "Complete daily notes before the end of each shift")
                .set("review_meeting_date", escalatedOn.plusDays(14)).set("recheck_method", "AUDIT"));
        for (int cycle = 1; cycle <= 3; cycle++) {
            clockAt(escalatedOn.plusDays(7L * cycle) + "T12:00");
            rows += write(entry(Register.ESCALATED_CASE_MONITORING_LOG, key, "review-" + cycle, staffId, "deputy.manager")
                    .set("entry_type", "FORMAL_REVIEW").set("review_cycle", cycle)
                    .set("review_due", java.sql.Timestamp.from(london(escalatedOn.plusDays(7L * cycle) + "T23:59")))
                    .set("shift_observations", 2).set("audit_findings", "Two of five notes incomplete").set("progress_rating", 1 + cycle));
        }
        if (i % 2 == 0) {
            clockAt(escalatedOn.plusDays(42) + "T10:00");
            rows += write(entry(Register.WORKFORCE_CASE_CLOSURE_REGISTER, key, "closure", staffId, "hr.lead").set("case_outcome", "CLOSED")
                    .set("evidence_supporting_closure", "Audits show notes complete for two weeks").set("hr_pathway", "NONE")
                    .set("target_closure_date", escalatedOn.plusDays(56)));
        }
        return rows;
    }

    private int probationAction(int i, String staffId) {
        String key = "PA-2026-%06d".formatted(i);
        LocalDate opened = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(320));
        LocalDate deadline = opened.plusDays(21);
        clockAt(opened + "T10:00");
        int rows = write(entry(Register.PROBATION_ACTION_TRACKER, key, "registered", staffId, "onboarding.supervisor")
                .set("entry_type", "REGISTERED").set("checkpoint", "WEEK_6").set("action_description", "Shadow two medication rounds")
                .set("competency_area", "MEDICATION").set("deadline", deadline).set("person_responsible", "mentor")
                .set("start_date", opened.minusWeeks(6)).set("week12_decision_date", opened.plusWeeks(6)));
        for (int week = 1; week <= 2; week++) {
            clockAt(opened.plusWeeks(week) + "T16:00");
            rows += write(entry(Register.PROBATION_SUPPORT_LOG, key, "support-" + week, staffId, "mentor").set("support_week", week)
                    .set("due_on", opened.plusWeeks(week)).set("submitted_late", false).set("support_sessions_completed", 2)
                    .set("competency_area_practised", "MEDICATION").set("confidence_rating", 2 + week).set("confidence_change", 1)
                    .set("support_notes", "Observed a medication round"));
        }
        if (i % 5 < 3) {
            clockAt(opened.plusDays(20) + "T11:00");
            rows += write(entry(Register.PROBATION_ACTION_TRACKER, key, "closed", staffId, "deputy.manager").set("entry_type", "CLOSED")
                    .set("deadline", deadline).set("evidence_type", "OBSERVATION_NOTES")
                    .set("evidence_description", "Two observed rounds signed off by the deputy"));
        }
        return rows;
    }
}
