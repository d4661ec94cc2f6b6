package uk.care.tracker.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.care.tracker.retention.RetentionRunProcess.END_EVENT_ERASURE_REFUSED;
import static uk.care.tracker.retention.RetentionRunProcess.END_EVENT_RECORDS_ERASED;
import static uk.care.tracker.retention.RetentionRunProcess.TASK_ERASE_RECORDS_PAST_RETENTION;
import static uk.care.tracker.retention.RetentionRunProcess.TASK_RECORD_RETENTION_DECISION;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.evidencepack.EvidencePack;
import uk.care.tracker.evidencepack.EvidencePackPdf;
import uk.care.tracker.evidencepack.EvidencePackSpreadsheet;
import uk.care.tracker.staff.StaffCsvImport;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The monthly retention run (issue 16) on H2 and PostgreSQL: a failed run and a refused run erase nothing; a
 * confirmed run erases an item past retention (registers, evidence file, audit entries, reminders, engine history)
 * with a tombstone, and leaves an item under legal hold and one not yet due; the period's evidence pack then lists
 * the tombstone instead of the item. The runs go in this order because each later run also sees what the earlier
 * ones left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionRunIT extends IntegrationTest {

    private static final String ITEM_PROCESS = "retention-test-item";
    /** Left in 2019: six years later, in 2025, their records are past retention. */
    private static final LocalDate LEFT_LONG_AGO = LocalDate.of(2019, 3, 31);

    @Autowired uk.care.tracker.reports.SupervisionActionFactTable supervisionFacts;
    @Autowired HistoryService historyService;
    @Autowired EvidencePack evidencePack;
    @Autowired EvidencePackPdf pdf;
    @Autowired EvidencePackSpreadsheet spreadsheet;
    @Autowired LegalHolds holds;
    @Autowired StaffCsvImport csvImport;

    @BeforeEach
    void deployItemProcess() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(ITEM_PROCESS).count() == 0) {
            repositoryService.createDeployment().addModelInstance(ITEM_PROCESS + ".bpmn",
                    Bpmn.createExecutableProcess(ITEM_PROCESS).camundaHistoryTimeToLive(3650).startEvent().endEvent().done())
                    .deploy();
        }
    }

    @Test
    @Order(1)
    void aFailedRunErasesNothing() {
        String leaver = leaver(LEFT_LONG_AGO);
        String blocked = closedAction(leaver, 2018);
        String other = closedAction(leaver, 2018);
        // a row of another item that points at one of the blocked item's rows: deleting that row fails
        Long blockedRow = jdbc.queryForObject("SELECT MIN(id) FROM action_tracker WHERE business_key = ?", Long.class, blocked);
        String stillOpen = key();
        jdbc.update("""
                INSERT INTO action_tracker (event_key, business_key, staff_id, acting_user, recorded_at, corrects_id, entry_type,
                                            action_description, action_category, deadline, supervision_date, manager_responsible)
                VALUES (?, ?, ?, 'line.manager', ?, ?, 'REGISTERED', 'Refresher training', 'TRAINING_REFRESHER', ?, ?, 'line.manager')""",
                stillOpen + ":registered", stillOpen, newStaffMember("line.manager"),
                Timestamp.from(london("2018-05-01T10:00:00")), blockedRow, java.sql.Date.valueOf("2018-06-29"),
                java.sql.Date.valueOf("2018-05-01"));

        clockAt("2027-03-01T05:00:00");
        startRun();
        confirm("registered.manager", Map.of("erasureDecision", "ERASE"));
        Job erase = managementService.createJobQuery().activityId(TASK_ERASE_RECORDS_PAST_RETENTION).singleResult();
        assertThat(erase).as("the confirmed run's erasure job").isNotNull();
        assertThatThrownBy(() -> managementService.executeJob(erase.getId())).as("the erasure fails part-way")
                .isNotInstanceOf(NullPointerException.class);

        for (String key : List.of(blocked, other)) {
            assertThat(rows("action_tracker", key)).as(key).isNotEmpty();
            assertThat(rows("action_closure_log", key)).as(key).isNotEmpty();
            assertThat(rows("evidence_file", key)).as(key).isNotEmpty();
            assertThat(rows("notification_outbox", key)).as(key).isNotEmpty();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_tombstone WHERE business_key = ?", Integer.class, key)).isZero();
        }
        assertThat(managementService.createJobQuery().jobId(erase.getId()).singleResult().getRetries()).isLessThan(3);
        // the exception is not left switched on for whoever uses the connection next
        assertThatThrownBy(() -> jdbc.update("DELETE FROM action_tracker WHERE business_key = ?", other))
                .hasMessageContaining("append-only");

        // so that later runs are not stopped by the same row
        holds.record("test:" + UUID.randomUUID(), LegalHolds.SubjectType.STAFF, leaver, true,
                "Test: a row of another item points at this leaver's action", "registered.manager", null);
    }

    @Test
    @Order(2)
    void aRefusedRunErasesNothing() {
        String item = closedAction(leaver(LEFT_LONG_AGO), 2018);

        clockAt("2027-02-01T05:00:00");
        String instance = startRun();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat((String) runtimeService.getVariable(instance, "candidateSummary")).contains(item);
        completeAs("registered.manager", task, Map.of("erasureDecision", "REFUSE",
                "holdReason", "The new policy is with the trustees for approval"));
        runDueJobs();

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
                .isEqualTo(END_EVENT_ERASURE_REFUSED);
        assertThat(rows("action_tracker", item)).isNotEmpty();
        assertThat(rows("evidence_file", item)).isNotEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(item).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_tombstone WHERE business_key = ?", Integer.class, item)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_candidate WHERE run_key = 'RET-2027-02'", Integer.class)).isZero();
    }

    @Test
    @Order(3)
    void aConfirmedRunErasesWhatIsPastRetentionWithATombstoneAndSparesHeldAndNotYetDue() throws Exception {
        String leaver = leaver(LEFT_LONG_AGO);
        String due = closedAction(leaver, 2018);
        String heldInTask = closedAction(leaver, 2018);
        String heldBefore = closedAction(leaver(LEFT_LONG_AGO), 2018);
        holds.record("test:" + UUID.randomUUID(), LegalHolds.SubjectType.ITEM, heldBefore, true,
                "Safeguarding enquiry by the local authority", "registered.manager", null);
        String stillEmployed = closedAction(newStaffMember("line.manager"), 2018);
        String leftRecently = closedAction(leaver(LocalDate.of(2022, 6, 30)), 2018);

        clockAt("2027-01-04T05:00:00");
        String instance = startRun();
        String summary = (String) runtimeService.getVariable(instance, "candidateSummary");
        assertThat(summary).contains(due, heldInTask).doesNotContain(heldBefore, stillEmployed, leftRecently, leaver);

        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThatThrownBy(() -> completeAs("registered.manager", task, Map.of("erasureDecision", "ERASE",
                "holdSubjects", heldInTask))).hasMessageContaining("reason");
        completeAs("registered.manager", task, Map.of("erasureDecision", "ERASE", "holdSubjects", heldInTask,
                "holdReason", "Employment tribunal claim lodged"));
        runDueJobs();

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
                .isEqualTo(END_EVENT_RECORDS_ERASED);
        for (String table : List.of("action_tracker", "action_closure_log", "evidence_file", "audit_log", "notification_outbox")) {
            assertThat(rows(table, due)).as(table).isEmpty();
        }
        assertThat(factRows(due)).as("the reports' read model").isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(due).count()).isZero();
        Map<String, Object> tombstone = jdbc.queryForMap("SELECT * FROM retention_tombstone WHERE business_key = ?", due);
        assertThat(tombstone.get("confirmed_by")).isEqualTo("registered.manager");
        assertThat(tombstone.get("run_key")).isEqualTo("RET-2027-01");
        assertThat(tombstone.get("record_kind")).isEqualTo("SUPERVISION_ACTIONS");
        assertThat((String) tombstone.get("rule_name")).contains("6 years");
        assertThat((String) tombstone.get("erased")).contains("action_tracker 1", "action_closure_log 1", "evidence files 1",
                "audit_log 1", "reminders 1", "engine history of process instances 1");

        for (String kept : List.of(heldInTask, heldBefore, stillEmployed, leftRecently)) {
            assertThat(rows("action_tracker", kept)).as(kept).isNotEmpty();
            assertThat(factRows(kept)).as(kept).hasSize(1);
            assertThat(rows("evidence_file", kept)).as(kept).isNotEmpty();
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(kept).count()).as(kept).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_tombstone WHERE business_key = ?", Integer.class, kept)).isZero();
        }
        assertThat(holds.active()).containsKey("ITEM:" + heldInTask);
        assertThat(holds.active().get("ITEM:" + heldInTask).placedBy()).isEqualTo("registered.manager");

        // the evidence pack of 2018 lists the tombstone in place of the erased item
        EvidencePack.Contents pack = evidencePack.build(
                new EvidencePack.Request(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), null, null), "quality.lead");
        assertThat(pack.items()).noneMatch(i -> i.item().businessKey().equals(due));
        assertThat(pack.items()).anyMatch(i -> i.item().businessKey().equals(heldInTask));
        assertThat(pack.erased()).anyMatch(t -> t.businessKey().equals(due));
        assertThat(pack.erased()).noneMatch(t -> t.businessKey().equals(heldInTask));
        assertThat(pdf.write(pack)).isNotEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.write(pack)))) {
            Sheet erased = workbook.getSheet("Erased by retention");
            assertThat(erased).isNotNull();
            List<String> keys = new ArrayList<>();
            for (Row row : erased) {
                keys.add(row.getCell(0).getStringCellValue());
            }
            assertThat(keys).contains(due).doesNotContain(heldInTask);
        }

        // the registers are append-only again for everyone else
        assertThatThrownBy(() -> jdbc.update("DELETE FROM action_tracker WHERE business_key = ?", stillEmployed))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM retention_tombstone WHERE business_key = ?", due))
                .hasMessageContaining("append-only");
    }

    @Test
    @Order(4)
    void leavingDatesComeFromTheCsvAndLeaversOpenItemsAreListed() {
        String staffId = "R" + UUID.randomUUID().toString().substring(0, 8);
        csvImport.importBytes(("staff_id,name,team,line_manager,job_role,start_date,leaving_date\n"
                + staffId + ",Lee Leaver,Oak House,line.manager,Care Worker,2020-01-06,31/10/2026\n").getBytes(StandardCharsets.UTF_8),
                "hr.lead", "test.csv");
        assertThat(staff.find(staffId).map(StaffMember::leavingDate)).contains(LocalDate.of(2026, 10, 31));
        // a file without the column keeps the date
        csvImport.importBytes(("staff_id,name,team,line_manager,job_role\n" + staffId + ",Lee Leaver,Oak House,line.manager,Care Worker\n")
                .getBytes(StandardCharsets.UTF_8), "hr.lead", "test.csv");
        assertThat(staff.find(staffId).map(StaffMember::leavingDate)).contains(LocalDate.of(2026, 10, 31));

        ResponseEntity<String> directory = http.withBasicAuth("registered.manager", "demo").getForEntity("/api/staff", String.class);
        assertThat(directory.getBody()).contains("\"leavingDate\":\"2026-10-31\"");

        // an action still open for the leaver is listed for reassignment or closure
        String open = key();
        jdbc.update("""
                INSERT INTO action_tracker (event_key, business_key, staff_id, acting_user, recorded_at, entry_type,
                                            action_description, action_category, deadline, supervision_date, manager_responsible)
                VALUES (?, ?, ?, 'line.manager', ?, 'REGISTERED', 'Medication refresher', 'MEDICATION', ?, ?, 'line.manager')""",
                open + ":registered", open, staffId, Timestamp.from(london("2026-09-01T10:00:00")),
                java.sql.Date.valueOf("2026-12-18"), java.sql.Date.valueOf("2026-09-01"));
        clockAt("2026-11-02T09:00:00");
        ResponseEntity<String> leavers = http.withBasicAuth("registered.manager", "demo").getForEntity("/api/retention/leavers", String.class);
        assertThat(leavers.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(leavers.getBody()).contains(open, staffId);
        assertThat(http.withBasicAuth("mentor", "demo").getForEntity("/api/retention/leavers", String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> schedule = http.withBasicAuth("line.manager", "demo").getForEntity("/api/retention/schedule", String.class);
        assertThat(schedule.getBody()).contains("SUPERVISION_ACTIONS", "P6Y", "LEAVING");
    }

    @Test
    @Order(5)
    void legalHoldsArePlacedAndLiftedByRegisteredManagersAndHrLeadsWithAReason() {
        String staffId = newStaffMember("line.manager");
        Map<String, Object> hold = Map.of("subjectType", "STAFF", "subject", staffId, "reason", "Employment tribunal claim lodged");
        assertThat(http.withBasicAuth("line.manager", "demo").postForEntity("/api/retention/holds", hold, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("registered.manager", "demo").postForEntity("/api/retention/holds",
                Map.of("subjectType", "STAFF", "subject", staffId, "reason", "short"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("registered.manager", "demo").postForEntity("/api/retention/holds",
                Map.of("subjectType", "ITEM", "subject", staffId, "reason", "Employment tribunal claim lodged"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a mistyped subject would protect nothing: refused with the reason
        ResponseEntity<String> unknownStaff = http.withBasicAuth("registered.manager", "demo").postForEntity("/api/retention/holds",
                Map.of("subjectType", "STAFF", "subject", staffId + "X", "reason", "Employment tribunal claim lodged"), String.class);
        assertThat(unknownStaff.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownStaff.getBody()).contains("no staff member");
        ResponseEntity<String> unknownItem = http.withBasicAuth("registered.manager", "demo").postForEntity("/api/retention/holds",
                Map.of("subjectType", "ITEM", "subject", "SA-2001-999999", "reason", "Employment tribunal claim lodged"), String.class);
        assertThat(unknownItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownItem.getBody()).contains("no item");
        assertThat(holds.active()).doesNotContainKeys("STAFF:" + staffId + "X", "ITEM:SA-2001-999999");

        assertThat(http.withBasicAuth("registered.manager", "demo").postForEntity("/api/retention/holds", hold, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(holds.active()).containsKey("STAFF:" + staffId);
        assertThat(http.withBasicAuth("quality.lead", "demo").getForEntity("/api/retention/holds", String.class).getBody())
                .contains(staffId, "Employment tribunal claim lodged");

        assertThat(http.withBasicAuth("hr.lead", "demo").postForEntity("/api/retention/holds/lift",
                Map.of("subjectType", "STAFF", "subject", staffId, "reason", "Claim withdrawn on 2026-11-20"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(holds.active()).doesNotContainKey("STAFF:" + staffId);
        // both rows stay: the register is append-only
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_hold WHERE subject = ?", Integer.class, staffId)).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("UPDATE legal_hold SET reason = 'x' WHERE subject = ?", staffId))
                .hasMessageContaining("append-only");
    }

    @Test
    @Order(6)
    void theEngineCleansUpHistoryEachNight() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(historyService.findHistoryCleanupJobs()).isNotEmpty();
        // every process and decision has a time to live, so the clean-up removes each one's history in the end
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
        assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive());
    }

    // --- helpers

    private String startRun() {
        Job timer = managementService.createJobQuery().processDefinitionKey("retention-run").timers().singleResult();
        managementService.executeJob(timer.getId());
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("retention-run").singleResult().getId();
        runDueJobs();
        return instance;
    }

    private void confirm(String user, Map<String, Object> form) {
        Task task = taskService.createTaskQuery().processDefinitionKey("retention-run").singleResult();
        completeAs(user, task, form);
        // the decision is recorded; the erasure is the next job
        Job record = managementService.createJobQuery().activityId(TASK_RECORD_RETENTION_DECISION).singleResult();
        managementService.executeJob(record.getId());
    }

    private String leaver(LocalDate leftOn) {
        String staffId = newStaffMember("line.manager");
        StaffMember member = staff.find(staffId).orElseThrow();
        staff.save(member.withLeavingDate(leftOn));
        return staffId;
    }

    private static String key() {
        return "SA-2018-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    /** A supervision action opened and closed in the given year, with an evidence file, an audit entry, a reminder and a finished process. */
    private List<Long> factRows(String key) {
        return jdbc.queryForList("SELECT row_id FROM supervision_action_fact WHERE business_key = ?", Long.class, key);
    }

    private String closedAction(String staffId, int year) {
        String key = key();
        Timestamp opened = Timestamp.from(london(year + "-03-01T10:00:00"));
        Timestamp closed = Timestamp.from(london(year + "-06-01T10:00:00"));
        jdbc.update("""
                INSERT INTO action_tracker (event_key, business_key, staff_id, acting_user, recorded_at, entry_type,
                                            action_description, action_category, deadline, supervision_date, manager_responsible)
                VALUES (?, ?, ?, 'line.manager', ?, 'REGISTERED', 'Complete the care plan audit', 'RECORD_KEEPING', ?, ?, 'line.manager')""",
                key + ":registered", key, staffId, opened, java.sql.Date.valueOf(year + "-05-31"), java.sql.Date.valueOf(year + "-03-01"));
        String evidenceId = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO evidence_file (id, file_name, content_type, size_bytes, sha256, content, business_key, uploaded_by, uploaded_at)
                VALUES (?, 'audit.txt', 'text/plain', 5, ?, ?, ?, 'line.manager', ?)""",
                evidenceId, "0".repeat(64), "audit".getBytes(StandardCharsets.UTF_8), key, closed);
        jdbc.update("""
                INSERT INTO action_closure_log (event_key, business_key, staff_id, acting_user, recorded_at, evidence_seen,
                                                date_checked, completion_status, evidence_type, evidence_description,
                                                evidence_file_id, closed)
                VALUES (?, ?, ?, 'line.manager', ?, TRUE, ?, 'COMPLETE', 'DOCUMENT', 'Audit seen', ?, TRUE)""",
                key + ":closure", key, staffId, closed, java.sql.Date.valueOf(year + "-06-01"), evidenceId);
        // written straight into the registers: the reports' read model is told, as RegisterWriter would tell it
        supervisionFacts.changed(uk.care.tracker.registers.Register.ACTION_CLOSURE_LOG, key);
        jdbc.update("""
                INSERT INTO audit_log (event_key, occurred_at, user_id, action, business_key, details)
                VALUES (?, ?, 'line.manager', 'TASK_COMPLETED', ?, 'Follow-up check')""", key + ":audit", closed, key);
        jdbc.update("""
                INSERT INTO notification_outbox (idempotency_key, kind, recipient_user_id, subject, text_body, html_body,
                                                 business_key, created_at, status, attempts, next_attempt_at)
                VALUES (?, 'TASK_DUE', 'line.manager', 'Due tomorrow', 'text', '<p>html</p>', ?, ?, 'SENT', 1, ?)""",
                key + ":reminder", key, opened, opened);
        runtimeService.startProcessInstanceByKey(ITEM_PROCESS, key);
        return key;
    }
}
