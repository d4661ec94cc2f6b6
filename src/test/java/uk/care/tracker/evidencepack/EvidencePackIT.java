package uk.care.tracker.evidencepack;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_ACTION_PLAN;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_CASE_REVIEW;
import static uk.care.tracker.escalation.EscalatedCaseProcess.TASK_HR_CLOSE_OR_ADVANCE;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.beans.factory.annotation.Autowired;
import uk.care.tracker.registers.TrackedItemSource;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The evidence pack, downloaded over HTTP and read back: a known data set driven through the workflows' forms
 * (three supervision actions of December 2026 in a team of the test's own, one of November, one escalated case),
 * and the PDF and the spreadsheet must hold exactly its rows and the figures of the JSON reports.
 */
class EvidencePackIT extends IntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final String PERIOD = "from=2026-12-01&to=2026-12-31";
    private static final byte[] AUDIT_PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    // the data set is built once for the class (register rows stay; the test base ends running processes after each test)
    private static String team;
    private static String amira;
    private static String ben;
    private static String november;
    private static String onDeadline;
    private static String statementOnly;
    private static String escalated;
    private static String escalatedCase;
    private static Map<String, Object> uploaded;

    @Autowired List<TrackedItemSource> sources;

    @BeforeEach
    void aKnownDataSetOnTenthJanuary() {
        if (team == null) {
            buildDataSet();
        }
        clockAt("2027-01-10T09:00");
    }

    private void buildDataSet() {
        team = "Pack " + UUID.randomUUID().toString().substring(0, 6);
        amira = member("Amira Łukasik");
        ben = member("Ben Carter");

        clockAt("2026-11-02T10:00");
        ProcessInstance nov = action(amira, "RECORD_KEEPING", "Bring the daily notes of room 4 up to date", "2026-11-20", "2026-11-02");
        clockAt("2026-11-20T15:00");
        followUp(nov, "2026-11-20", "OBSERVATION_NOTES", "Notes of room 4 checked on 20 November, all complete", null);
        november = businessKey(nov);

        clockAt("2026-12-01T09:00");
        ProcessInstance ec = startAs("registered.manager", "escalated-case", Map.of("staffId", amira, "concernType", "DOCUMENTATION",
                "thresholdMet", "Third documentation concern in 90 days", "concernConfirmedDate", "2026-11-30",
                "escalatedDate", "2026-12-01"));
        runDueJobs();
        completeAs("line.manager", openTask(ec, TASK_ACTION_PLAN), Map.of("correctiveAction",
                "Complete daily notes before the end of each shift", "reviewMeetingDate", "2026-12-15", "recheckMethod", "AUDIT"));
        runDueJobs();
        escalatedCase = businessKey(ec);

        clockAt("2026-12-01T10:00");
        ProcessInstance a = action(amira, "CARE_PLAN_COMPLIANCE", "Audit five care plans against the new template", "2026-12-11", "2026-12-01");
        ProcessInstance b = action(ben, "TRAINING_REFRESHER", "Book and attend the moving and handling refresher", "2026-12-18", "2026-12-01");
        ProcessInstance c = action(amira, "SAFEGUARDING", "Complete safeguarding level 2 and discuss at supervision", "2026-12-18", "2026-12-01");
        onDeadline = businessKey(a);
        statementOnly = businessKey(b);
        escalated = businessKey(c);

        clockAt("2026-12-11T15:00");
        uploaded = upload();
        clockAt("2026-12-11T16:00");
        followUp(a, "2026-12-11", "AUDIT_EVIDENCE", "Five care plans audited against the template; audit sheet attached",
                (String) uploaded.get("evidenceId"));
        clockAt("2026-12-14T15:00");
        followUp(b, "2026-12-14", "STATEMENT_ONLY", "Staff member says the refresher was attended", null);
        completeAs("registered.manager", openTask(ec, TASK_CASE_REVIEW), Map.of("actionPlanCompliance", "PARTIAL",
                "remainingRisk", "MEDIUM", "recheckOutcome", "NOT_YET_RECHECKED", "nextDecision", "CONTINUE", "meetingDate", "2026-12-14"));
        runDueJobs();
        clockAt(london("2026-12-19T00:00"));
        runDueJobs(); // the safeguarding action missed its deadline: escalated at once
        clockAt("2026-12-29T11:00");
        completeAs("registered.manager", openTask(ec, TASK_CASE_REVIEW), Map.of("actionPlanCompliance", "FULL",
                "remainingRisk", "LOW", "recheckOutcome", "PASSED", "nextDecision", "CLOSE", "meetingDate", "2026-12-29"));
        runDueJobs();
        completeAs("hr.lead", openTask(ec, TASK_HR_CLOSE_OR_ADVANCE), Map.of("caseOutcome", "CLOSED", "hrPathway", "NONE",
                "evidenceSupportingClosure", "Audits of 29 December show all notes complete for two weeks"));
        runDueJobs();

        // the meetings held (issue 17): two of the team's in December; one of November and one of another team are not in the pack
        recordMeeting("fortnightly-case-review", "2026-12-11", team, "deputy.manager", "Case of Amira reviewed; plan partly kept");
        recordMeeting("weekly-overdue-review", "2026-12-18", team, "registered.manager", "No overdue action yet");
        recordMeeting("weekly-overdue-review", "2026-11-27", team, "registered.manager", "November's review");
        recordMeeting("weekly-overdue-review", "2026-12-18", team + " other", "registered.manager", "Another team's review");
    }

    private void recordMeeting(String meeting, String date, String team, String chair, String notes) {
        ResponseEntity<Map<String, Object>> recorded = http.withBasicAuth(chair, "demo").exchange("/api/meetings/" + meeting + "/record",
                HttpMethod.POST, new HttpEntity<>(Map.of("date", date, "team", team, "notes", notes,
                        "attendees", List.of("registered.manager", "deputy.manager", "hr.lead"))), MAP);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_period_pack_spreadsheet_holds_every_item_of_the_period_and_the_figures_of_the_reports() throws IOException {
        ResponseEntity<byte[]> response = download("evidence-pack.xlsx?" + PERIOD + "&team=" + team, "quality.lead");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(EvidencePackController.XLSX.toString());
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("evidence-pack_" + team.replace(' ', '-') + "_2026-12-01_2026-12-31.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            assertThat(sheetNames(workbook)).containsExactly("Pack", "KPIs", "KPI trace", "Items", "Reviews and escalations",
                    "Meetings held");
            // the reviews that happened in the period: the team's and the whole service's, not another team's
            List<Map<String, Object>> meetings = rows(workbook.getSheet("Meetings held")).stream()
                    .filter(r -> team.equals(r.get("Team"))).toList();
            assertThat(meetings).hasSize(2);
            assertThat(meetings.get(0)).containsEntry("Meeting", "fortnightly-case-review")
                    .containsEntry("Date", LocalDate.of(2026, 12, 11)).containsEntry("Chair", "deputy.manager")
                    .containsEntry("Attendees", "registered.manager, deputy.manager, hr.lead")
                    .containsEntry("Notes", "Case of Amira reviewed; plan partly kept");
            assertThat(meetings.get(1)).containsEntry("Meeting", "weekly-overdue-review")
                    .containsEntry("Date", LocalDate.of(2026, 12, 18)).containsEntry("Chair", "registered.manager")
                    .containsEntry("Notes", "No overdue action yet");
            assertThat(rows(workbook.getSheet("Meetings held"))).allSatisfy(r -> assertThat(r.get("Team")).isIn(team, "whole service"))
                    .noneSatisfy(r -> assertThat(r.get("Notes")).isEqualTo("November's review"));
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as("%s header frozen", sheet.getSheetName()).isTrue();
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(sheet.getColumnWidth(0)).as("sized to content").isGreaterThan(256 * 4);
            }

            // every item open at some time in December, and not the one closed in November
            Map<String, Map<String, Object>> items = byKey(rows(workbook.getSheet("Items")), "Business key");
            assertThat(items).containsOnlyKeys(onDeadline, statementOnly, escalated, escalatedCase);
            assertThat(items.get(onDeadline)).containsEntry("Workflow", "Supervision action").containsEntry("Staff ID", amira)
                    .containsEntry("Staff name", "Amira Łukasik").containsEntry("Team", team).containsEntry("Owner", "line.manager")
                    .containsEntry("Entered by", "line.manager").containsEntry("Category", "CARE_PLAN_COMPLIANCE")
                    .containsEntry("Opened", LocalDate.of(2026, 12, 1)).containsEntry("Deadline", LocalDate.of(2026, 12, 11))
                    .containsEntry("Closed", LocalDate.of(2026, 12, 11)).containsEntry("Status", "CLOSED")
                    .containsEntry("Evidence type", "AUDIT_EVIDENCE")
                    .containsEntry("Evidence description", "Five care plans audited against the template; audit sheet attached")
                    .containsEntry("Closure recorded by", "line.manager").containsEntry("Attachment", "care-plan-audit.pdf")
                    .containsEntry("Attachment reference", uploaded.get("evidenceId")).containsEntry("SHA-256", uploaded.get("sha256"));
            assertThat(items.get(escalated)).containsEntry("Status", "ESCALATED").containsEntry("Closed", null)
                    .containsEntry("Escalations", 1.0);
            assertThat(items.get(escalatedCase)).containsEntry("Workflow", "Escalated case").containsEntry("Status", "CLOSED")
                    .containsEntry("Opened", LocalDate.of(2026, 12, 1)).containsEntry("Closed", LocalDate.of(2026, 12, 29))
                    .containsEntry("Deadline", LocalDate.of(2027, 1, 26)).containsEntry("Evidence type", "CLOSED, HR pathway NONE")
                    .containsEntry("Evidence description", "Audits of 29 December show all notes complete for two weeks");

            List<Map<String, Object>> reviews = rows(workbook.getSheet("Reviews and escalations"));
            assertThat(reviews).anySatisfy(r -> assertThat(r).containsEntry("Business key", escalated)
                    .containsEntry("Entry", "Escalation").containsEntry("Kind or stage", "OVERDUE_REGISTER"));
            assertThat(reviews).anySatisfy(r -> assertThat(r).containsEntry("Business key", onDeadline)
                    .containsEntry("Entry", "Review").containsEntry("Kind or stage", "VERIFIED").containsEntry("By", "deputy.manager"));
            assertThat(reviews).extracting(r -> r.get("Business key")).doesNotContain(november);

            // the figures are those of the JSON reports for the same scope, each with the keys behind it
            Map<String, Object> kpis = new HashMap<>();
            rows(workbook.getSheet("KPIs")).forEach(r -> kpis.put(r.get("Section") + "/" + r.get("Field"), r.get("Value")));
            Map<String, Object> supervision = report("supervision-actions");
            Map<String, Object> cases = report("escalated-cases");
            assertThat(supervision).containsEntry("opened", 3).containsEntry("dueInPeriod", 3).containsEntry("closedOnTime", 2)
                    .containsEntry("onTimeClosurePercent", 66.7).containsEntry("openOverdue", 1)
                    .containsEntry("closedWithWeakEvidence", 1).containsEntry("escalated", 1);
            for (String field : List.of("opened", "dueInPeriod", "closedOnTime", "onTimeClosurePercent", "openOverdue",
                    "closedWithWeakEvidence", "repeatActionsCarriedForward", "lateEntries", "escalated")) {
                assertThat(kpis.get("Supervision actions/" + field)).as(field)
                        .isEqualTo(((Number) supervision.get(field)).doubleValue());
            }
            assertThat(kpis).containsEntry("Supervision actions/overdueByManager:line.manager", 1.0)
                    .containsEntry("Supervision actions/overdueByCategory:SAFEGUARDING", 1.0);
            assertThat(cases).containsEntry("opened", 1).containsEntry("closed", 1).containsEntry("closedWithinTarget", 1)
                    .containsEntry("averageCaseDurationDays", 28.0);
            for (String field : List.of("opened", "openCases", "reviewsDue", "reviewsOnTime", "closed", "closedWithinTarget",
                    "closedWithinTargetPercent", "averageCaseDurationDays", "repeatEscalationsWithin60Days",
                    "seniorOversightEscalations")) {
                Object expected = cases.get(field);
                assertThat(kpis.get("Escalated cases/" + field)).as(field)
                        .isEqualTo(expected == null ? null : ((Number) expected).doubleValue());
            }
            List<Map<String, Object>> trace = rows(workbook.getSheet("KPI trace"));
            assertThat(trace.stream().filter(r -> "closedOnTime".equals(r.get("Field"))).map(r -> r.get("Business key")))
                    .containsExactlyInAnyOrderElementsOf((List<String>) report("supervision-actions/keys", "&figure=closedOnTime").get("keys"))
                    .containsExactlyInAnyOrder(onDeadline, statementOnly);
            assertThat(trace.stream().filter(r -> "closedWithWeakEvidence".equals(r.get("Field"))).map(r -> r.get("Business key")))
                    .containsExactly(statementOnly);
            assertThat(trace).anySatisfy(r -> assertThat(r).containsEntry("Field", "reviewsDue")
                    .containsEntry("Business key", escalatedCase).containsEntry("Review", "CASE_REVIEW/1"));
        }
    }

    @Test
    void the_period_pack_pdf_shows_the_items_their_evidence_and_the_figures() throws IOException {
        ResponseEntity<byte[]> response = download("evidence-pack.pdf?" + PERIOD + "&team=" + team, "registered.manager");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();

        String text = pdfText(response.getBody());
        assertThat(text).contains(squashed("Inspection evidence pack", "Supervision Action Tracker",
                "Period 2026-12-01 to 2026-12-31", "Team " + team, "by registered.manager",
                "Items 4: 3 supervision actions, 1 escalated cases, 0 probation actions"));
        assertThat(text).contains(onDeadline, statementOnly, escalated, escalatedCase).doesNotContain(november);
        // the figures, each followed by the keys behind it
        assertThat(text).contains(squashed("On-time closure (closed on time / due) 66.7% " + onDeadline + ", " + statementOnly,
                "Closed on a statement alone (weak evidence) 1 " + statementOnly,
                "Open and overdue at the end of the period 1 " + escalated,
                "Cases closed in the period 1 " + escalatedCase,
                "Average case duration, escalation to closure 28.0 days " + escalatedCase));
        // an item with its owner, dates, reviews, escalation and evidence
        assertThat(text).contains(squashed("Staff member Amira Łukasik (" + amira + "), " + team,
                "Owner line.manager Entered 2026-12-01 by line.manager",
                "Deadline 2026-12-11 Closed 2026-12-11",
                "AUDIT_EVIDENCE: Five care plans audited against the template; audit sheet attached",
                "Attachment care-plan-audit.pdf, reference " + uploaded.get("evidenceId"),
                "SHA-256 " + uploaded.get("sha256"),
                "deputy.manager VERIFIED: Priority MEDIUM",
                "2026-12-19 00:00 OVERDUE_REGISTER",
                "CLOSED, HR pathway NONE: Audits of 29 December show all notes complete for two weeks"));
        // the meetings held in the period, with chair, attendees and notes
        assertThat(text).contains(squashed("Meetings held (",
                "fortnightly-case-review 2026-12-11 " + team + " deputy.manager registered.manager, deputy.manager, hr.lead "
                        + "Case of Amira reviewed; plan partly kept",
                "weekly-overdue-review 2026-12-18 " + team + " registered.manager"))
                .doesNotContain(squashed("November's review"), squashed("Another team's review"));
    }

    @Test
    void a_period_pack_reads_only_the_items_open_in_the_period_and_those_behind_a_figure() {
        Instant start = london("2026-12-01T00:00");
        Instant end = london("2027-01-01T00:00");
        List<String> read = new ArrayList<>();
        sources.forEach(source -> source.findOpenDuring(start, end, List.of()).forEach(i -> read.add(i.businessKey())));
        // November's action was closed before December: the pack's queries do not even read it
        assertThat(read).contains(onDeadline, statementOnly, escalated, escalatedCase).doesNotContain(november);

        // unless a figure of the period names it; a key of another workflow is no source's but its own
        List<String> named = new ArrayList<>();
        sources.forEach(source -> source.findOpenDuring(start, end, List.of(november, escalatedCase))
                .forEach(i -> named.add(i.businessKey())));
        assertThat(named).contains(november).filteredOn(november::equals).hasSize(1);
        assertThat(named).filteredOn(escalatedCase::equals).hasSize(1);

        // before any of them was entered, none is read
        List<String> october = new ArrayList<>();
        sources.forEach(source -> source.findOpenDuring(london("2026-10-01T00:00"),
                london("2026-11-01T00:00"), List.of()).forEach(i -> october.add(i.businessKey())));
        assertThat(october).doesNotContain(november, onDeadline, statementOnly, escalated, escalatedCase);
    }

    @Test
    void a_staff_members_pack_holds_only_their_items_and_everything_recorded_about_them() throws IOException {
        ResponseEntity<byte[]> xlsx = download("evidence-pack.xlsx?staffId=" + amira, "hr.lead");
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("evidence-pack_" + amira + "_whole-record.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(sheetNames(workbook)).containsExactly("Pack", "KPIs", "KPI trace", "Items", "Reviews and escalations",
                    "Staff member", "Audit trail");
            // the whole record without a period: November's action too, and nothing of Ben's
            assertThat(byKey(rows(workbook.getSheet("Items")), "Business key"))
                    .containsOnlyKeys(november, onDeadline, escalated, escalatedCase);
            Map<String, Object> kpis = new HashMap<>();
            rows(workbook.getSheet("KPIs")).forEach(r -> kpis.put(r.get("Section") + "/" + r.get("Field"), r.get("Value")));
            assertThat(kpis).containsEntry("Supervision actions/opened", 3.0).containsEntry("Supervision actions/closedOnTime", 2.0)
                    .containsEntry("Supervision actions/closedWithWeakEvidence", 0.0).containsEntry("Escalated cases/opened", 1.0);

            Map<String, Object> directory = new HashMap<>();
            rows(workbook.getSheet("Staff member")).forEach(r -> directory.put((String) r.get("Field"), r.get("Value")));
            assertThat(directory).containsEntry("Staff ID", amira).containsEntry("Name", "Amira Łukasik")
                    .containsEntry("Team", team).containsEntry("Start date", LocalDate.of(2024, 1, 8));

            List<Map<String, Object>> audit = rows(workbook.getSheet("Audit trail"));
            assertThat(audit).extracting(r -> r.get("Business key")).contains(november, onDeadline, escalated, escalatedCase)
                    .doesNotContain(statementOnly);
            assertThat(audit).anySatisfy(r -> assertThat(r).containsEntry("Source", "Action tracker")
                    .containsEntry("Business key", november).containsEntry("What", "REGISTERED").containsEntry("Who", "line.manager"));
            assertThat(audit).anySatisfy(r -> assertThat(r).containsEntry("Source", "Audit log")
                    .containsEntry("Business key", onDeadline).containsEntry("What", "EVIDENCE_UPLOADED"));
            assertThat(audit).anySatisfy(r -> assertThat(r).containsEntry("Source", "Workforce case closure register")
                    .containsEntry("Business key", escalatedCase).containsEntry("Who", "hr.lead"));
            assertThat(audit).anySatisfy(r -> assertThat(r).containsEntry("Source", "Audit log")
                    .containsEntry("What", "TASK_COMPLETED").containsEntry("Who", "deputy.manager"));
            assertThat(audit.get(0).get("When")).isInstanceOf(java.time.LocalDateTime.class);
        }

        ResponseEntity<byte[]> pdf = download("evidence-pack.pdf?staffId=" + amira + "&" + PERIOD, "hr.lead");
        String text = pdfText(pdf.getBody());
        String record = squashed("3. Everything recorded about Amira Łukasik (" + amira + ")");
        assertThat(text).contains(squashed("Amira Łukasik (" + amira + "), Care Worker, " + team + "; line manager line.manager",
                "Figures for 2026-12-01 to 2026-12-31, counted over this staff member's items only"))
                .contains(record).contains(onDeadline, escalated, escalatedCase).doesNotContain(statementOnly);
        // the period narrows the items, not the record: November's action is only in section 3
        assertThat(text.substring(0, text.indexOf(record))).doesNotContain(november);
        assertThat(text.substring(text.indexOf(record))).contains(november);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'EVIDENCE_PACK_GENERATED' AND user_id = 'hr.lead'",
                String.class)).anySatisfy(d -> assertThat(d).contains("evidence-pack_" + amira + "_2026-12-01_2026-12-31.pdf"));
    }

    @Test
    void packs_are_for_oversight_and_need_a_period_or_a_staff_member() {
        assertThat(download("evidence-pack.pdf?" + PERIOD, "line.manager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("evidence-pack.xlsx?staffId=" + amira, "line.manager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("evidence-pack.xlsx", "quality.lead").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(download("evidence-pack.xlsx?from=2026-12-01", "quality.lead").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(download("evidence-pack.pdf?staffId=NOBODY", "quality.lead").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/reports/evidence-pack.pdf?" + PERIOD, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- the data set ---

    private String member(String name) {
        String id = newStaffMember("line.manager");
        StaffMember m = staff.find(id).orElseThrow();
        staff.save(new StaffMember(id, name, team, m.lineManager(), m.jobRole(), m.startDate(), m.probationEndDate()));
        return id;
    }

    /** A supervision action started and verified by the deputy, as in Tasklist. */
    private ProcessInstance action(String staffId, String category, String description, String deadline, String supervisionDate) {
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of("staffId", staffId,
                "actionDescription", description, "actionCategory", category, "deadline", deadline,
                "supervisionDate", supervisionDate, "managerResponsible", "line.manager"));
        runDueJobs();
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of("outcomeClarity", "CLEAR",
                "priority", "MEDIUM", "evidenceRequired", "What the action names", "reviewDate", deadline));
        runDueJobs();
        return instance;
    }

    private void followUp(ProcessInstance instance, String dateChecked, String evidenceType, String description, String evidenceId) {
        Map<String, Object> form = new HashMap<>(Map.of("completionStatus", "COMPLETE", "evidenceSeen", true,
                "dateChecked", dateChecked, "evidenceType", evidenceType, "evidenceDescription", description));
        if (evidenceId != null) {
            form.put("evidenceId", evidenceId);
        }
        completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK), form);
        runDueJobs();
    }

    private Map<String, Object> upload() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(AUDIT_PDF) {
            @Override
            public String getFilename() {
                return "care-plan-audit.pdf";
            }
        });
        form.add("businessKey", onDeadline);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("line.manager", "demo")
                .exchange("/api/evidence", HttpMethod.POST, new HttpEntity<>(form, headers), MAP);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    // --- reading back ---

    private ResponseEntity<byte[]> download(String path, String user) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/reports/" + path, byte[].class);
    }

    private Map<String, Object> report(String name) {
        return report(name, "");
    }

    private Map<String, Object> report(String name, String more) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/reports/" + name + "?" + PERIOD + "&team=" + team + more, HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /**
     * The text of every page without white space: the extractor joins table cells on a line without a space and
     * breaks wrapped cells where it likes, so texts are compared without it (see {@link #squashed}).
     */
    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return squashed(text.toString());
        } finally {
            reader.close();
        }
    }

    private static String squashed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String[] squashed(String... texts) {
        return java.util.Arrays.stream(texts).map(EvidencePackIT::squashed).toArray(String[]::new);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The rows under the header row, as header to value: text, number (as double), date, or date and time. */
    private static List<Map<String, Object>> rows(Sheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                values.put(header.getCell(c).getStringCellValue(), value(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            var dateTime = cell.getLocalDateTimeCellValue();
            return cell.getCellStyle().getDataFormatString().contains("h") ? dateTime : dateTime.toLocalDate();
        }
        return cell.getNumericCellValue();
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows, String column) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put((String) r.get(column), r));
        return byKey;
    }
}
