package uk.care.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_DEPUTY_VERIFICATION;
import static uk.care.tracker.supervision.SupervisionActionProcess.TASK_FOLLOW_UP_CHECK;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.care.tracker.engine.InvalidEntry;
import uk.care.tracker.support.IntegrationTest;

/**
 * Every kind of bad input to the application's API, sent over HTTP as the demo users would send it: each answers
 * 4xx with a sentence for the person (never a class name, SQL or a stack trace), and none writes a row.
 */
class BadInputIT extends IntegrationTest {

    /** What must never appear in a response: names of the application's insides. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|uk)\\.[a-z]+\\.|Exception|SQLState|\\bSELECT\\s|\\bINSERT\\s+INTO|\\bUPDATE\\s+\\w+\\s+SET"
                    + "|\\.java:\\d+|\\n\\s+at\\s|ENGINE-\\d+|trace",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> COUNTED = List.of("staff_member", "audit_log", "evidence_file", "action_tracker",
            "action_closure_log");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String HEADER = "staff_id,name,team,line_manager,job_role,start_date\n";

    // ---------------------------------------------------------------- helpers

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    /** Sends the request and checks the refusal: the status, a readable message, nothing of the insides, no row. */
    private String refused(java.util.function.Supplier<ResponseEntity<String>> request, int... statuses) {
        Map<String, Integer> before = counts();
        ResponseEntity<String> response = request.get();
        int status = response.getStatusCode().value();
        String body = response.getBody() == null ? "" : response.getBody();
        assertThat(status).as("status of a refused request, body %s", body).isBetween(400, 499);
        if (statuses.length > 0) {
            assertThat(statuses).as("status, body %s", body).contains(status);
        }
        assertThat(body).as("a refusal says why").contains("\"message\"");
        assertThat(INTERNALS.matcher(body).find()).as("no insides in %s", body).isFalse();
        assertThat(counts()).as("nothing written by a refused request").isEqualTo(before);
        return body;
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String contentType, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.setContentType(MediaType.parseMediaType(contentType));
        }
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> importCsv(byte[] csv) {
        return send("hr.lead", HttpMethod.POST, "/api/staff/import", "text/csv", csv);
    }

    private ResponseEntity<String> importCsv(String csv) {
        return importCsv(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> upload(String user, String fileName, String declaredType, byte[] content, String businessKey) {
        HttpHeaders part = new HttpHeaders();
        if (declaredType != null) {
            part.setContentType(MediaType.parseMediaType(declaredType));
        }
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        if (businessKey != null) {
            form.add("businessKey", businessKey);
        }
        return send(user, HttpMethod.POST, "/api/evidence", MediaType.MULTIPART_FORM_DATA_VALUE, form);
    }

    private String evidenceId(ResponseEntity<String> created) {
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().replaceAll(".*\"evidenceId\":\"([^\"]+)\".*", "$1");
    }

    /** An action of line.manager, registered and verified, waiting for its follow-up check. */
    private ProcessInstance actionAwaitingFollowUp() {
        clockAt("2026-12-14T10:00");
        Map<String, Object> v = new HashMap<>();
        // a staff member of its own: repeated actions of one person in one category open a repeat-concern offer
        v.put("staffId", newStaffMember("line.manager"));
        v.put("actionDescription", "Audit five care notes against the record keeping standard");
        v.put("actionCategory", "RECORD_KEEPING");
        v.put("deadline", "2026-12-18");
        v.put("supervisionDate", "2026-12-14");
        v.put("managerResponsible", "line.manager");
        ProcessInstance instance = startAs("line.manager", "supervision-action", v);
        runDueJobs();
        completeAs("deputy.manager", openTask(instance, TASK_DEPUTY_VERIFICATION), Map.of("outcomeClarity", "CLEAR",
                "priority", "HIGH", "evidenceRequired", "Audit of five care notes", "reviewDate", "2026-12-17"));
        runDueJobs();
        return instance;
    }

    private Map<String, Object> followUp(String description, String evidenceId) {
        Map<String, Object> form = new HashMap<>(Map.of("completionStatus", "COMPLETE", "evidenceSeen", true,
                "dateChecked", "2026-12-16", "evidenceType", "AUDIT_EVIDENCE", "evidenceDescription", description));
        if (evidenceId != null) {
            form.put("evidenceId", evidenceId);
        }
        return form;
    }

    // ---------------------------------------------------------------- staff CSV import

    @Test
    void the_staff_import_refuses_impossible_dates_instead_of_moving_them() {
        String body = refused(() -> importCsv(HEADER + "T4001,Lena Ford,Oak House,line.manager,Care Worker,31/02/2026\n"), 400);
        assertThat(body).contains("start_date '31/02/2026' is not a date");
        refused(() -> importCsv(HEADER + "T4001,Lena Ford,Oak House,line.manager,Care Worker,2026-02-29\n"), 400);
        assertThat(staff.find("T4001")).isEmpty();
    }

    @Test
    void the_staff_import_reads_a_byte_order_mark_and_refuses_what_is_not_utf8_or_not_csv() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rows = (HEADER + "T4002,Zoë Brown,Oak House,line.manager,Care Worker,01/02/2026\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + rows.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(rows, 0, withBom, bom.length, rows.length);
        ResponseEntity<String> accepted = importCsv(withBom);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(staff.find("T4002")).get().satisfies(m -> assertThat(m.name()).isEqualTo("Zoë Brown"));

        byte[] latin1 = (HEADER + "T4003,Zoë Brown,Oak House,line.manager,Care Worker,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(() -> importCsv(latin1), 400)).contains("not UTF-8");
        refused(() -> importCsv(new byte[0]), 400);
        assertThat(refused(() -> importCsv("\uFEFF \n\n"), 400)).contains("empty");
        assertThat(refused(() -> importCsv(HEADER + "T4004,\"Lena Ford,Oak House,line.manager,Care Worker,\n"), 400))
                .contains("not closed");
        assertThat(refused(() -> importCsv(HEADER), 400)).contains("no staff rows");
    }

    @Test
    void the_staff_import_refuses_values_too_long_for_their_columns_nul_and_invisible_text() {
        assertThat(refused(() -> importCsv(HEADER + "T4005," + "N".repeat(201) + ",Oak House,line.manager,Care Worker,\n"), 400))
                .contains("name is longer than 200");
        refused(() -> importCsv(HEADER + "T" + "4".repeat(64) + ",Lena Ford,Oak House,line.manager,Care Worker,\n"), 400);
        refused(() -> importCsv(HEADER + "T4006,Lena Ford,Oak House," + "m".repeat(129) + ",Care Worker,\n"), 400);
        assertThat(refused(() -> importCsv(HEADER + "T4007,Lena\u0000Ford,Oak House,line.manager,Care Worker,\n"), 400))
                .contains("NUL");
        assertThat(refused(() -> importCsv(HEADER + "T4008,\u200B\u200B\u200B,Oak House,line.manager,Care Worker,\n"), 400))
                .contains("name is empty");
        String multipartEmpty = refused(() -> {
            MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource(new byte[0]) {
                @Override
                public String getFilename() {
                    return "staff.csv";
                }
            });
            return send("hr.lead", HttpMethod.POST, "/api/staff/import", MediaType.MULTIPART_FORM_DATA_VALUE, form);
        }, 400);
        assertThat(multipartEmpty).contains("empty");
    }

    // ---------------------------------------------------------------- paths and parameters

    @Test
    void a_business_key_of_300_characters_or_of_the_wrong_shape_names_nothing() {
        refused(() -> send("registered.manager", HttpMethod.GET, "/api/actions/" + "S".repeat(300), null, null), 404);
        refused(() -> send("registered.manager", HttpMethod.GET, "/api/actions/SA-2026-" + "9".repeat(300), null, null), 404);
        refused(() -> send("registered.manager", HttpMethod.GET, "/api/actions/SA-2026-000001'--", null, null), 400, 404);
        refused(() -> send("registered.manager", HttpMethod.GET, "/api/evidence/" + "e".repeat(300), null, null), 404);
    }

    @Test
    void parameters_of_the_wrong_type_are_refused_with_what_was_expected() {
        assertThat(refused(() -> send("registered.manager", HttpMethod.GET,
                "/api/reports/supervision-actions?from=tomorrow&to=2026-12-31", null, null), 400)).contains("a date");
        refused(() -> send("registered.manager", HttpMethod.GET,
                "/api/reports/supervision-actions?from=2026-02-31&to=2026-12-31", null, null), 400);
        assertThat(refused(() -> send("registered.manager", HttpMethod.POST, "/api/registers/action_closure_log/abc/corrections",
                "application/json", "{\"reason\":\"a reason long enough\",\"changes\":{\"closed\":false}}"), 400))
                .contains("whole number");
        refused(() -> send("admin", HttpMethod.GET, "/api/notifications?limit=lots", null, null), 400);
        // sent as it is, not encoded again: a NUL in a parameter
        refused(() -> http.withBasicAuth("registered.manager", "demo").exchange(java.net.URI.create(http.getRootUri()
                + "/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31&team=Oak%00House"), HttpMethod.GET, null,
                String.class), 400);
        refused(() -> send("admin", HttpMethod.GET, "/api/notifications?status=LOST", null, null), 400);
        refused(() -> send("admin", HttpMethod.GET, "/api/notifications/" + "9".repeat(30), null, null), 400);
    }

    @Test
    void over_long_filters_answer_without_a_fault() {
        for (String path : List.of("/api/reports/supervision-actions?from=2026-12-01&to=2026-12-31&team=",
                "/api/reports/registers/action_tracker?from=2026-12-01&to=2026-12-31&staffId=")) {
            ResponseEntity<String> response = send("registered.manager", HttpMethod.GET, path + "T".repeat(3000), null, null);
            assertThat(response.getStatusCode().value()).as(response.getBody()).isLessThan(500);
            if (response.getStatusCode().isError()) {
                assertThat(INTERNALS.matcher(String.valueOf(response.getBody())).find()).isFalse();
            }
        }
    }

    @Test
    void malformed_or_wrong_type_json_bodies_are_refused() {
        String path = "/api/registers/action_closure_log/1/corrections";
        assertThat(refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json", "{\"reason\": "), 400))
                .contains("not valid JSON");
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json",
                "{\"reason\":\"a reason long enough\",\"changes\":[1,2]}"), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json", "[\"reason\"]"), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json", ""), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/xml", "<reason/>"), 415);
        refused(() -> send("admin", HttpMethod.POST, "/api/demo/clock", "application/json", "{\"now\": 12"), 400);
        refused(() -> send("line.manager", HttpMethod.POST, "/api/evidence", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"), 400);
        refused(() -> send("admin", HttpMethod.POST, "/api/demo/clock", "application/json", "{\"now\":\"yesterday\"}"), 400);
    }

    // ---------------------------------------------------------------- corrections

    @Test
    void a_correction_is_checked_like_the_form_it_corrects() {
        ProcessInstance instance = actionAwaitingFollowUp();
        String key = businessKey(instance);
        clockAt("2026-12-16T10:00");
        completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK),
                followUp("Audit of five care notes, filed in the QA folder", null));
        runDueJobs();
        long row = ((Number) rows("action_closure_log", key).get(0).get("id")).longValue();
        String path = "/api/registers/action_closure_log/" + row + "/corrections";
        java.util.function.Function<Map<String, Object>, ResponseEntity<String>> correct = changes -> {
            Map<String, Object> body = new HashMap<>();
            body.put("reason", "The audit sheet was checked again on site");
            body.put("changes", changes);
            return send("registered.manager", HttpMethod.POST, path, "application/json", body);
        };

        assertThat(refused(() -> correct.apply(Map.of("completion_status", "DONE")), 400))
                .contains("COMPLETE, PARTIALLY_COMPLETE, NOT_COMPLETE");
        assertThat(refused(() -> correct.apply(Map.of("evidence_type", "HEARSAY")), 400)).contains("must be one of");
        refused(() -> correct.apply(Map.of("evidence_description", "\u200B".repeat(20))), 400);
        refused(() -> correct.apply(Map.of("evidence_description", "Too short")), 400);
        assertThat(refused(() -> correct.apply(Map.of("evidence_description", "Audit sheet \u0000 seen on site")), 400))
                .contains("NUL");
        refused(() -> correct.apply(Map.of("evidence_description", "x".repeat(4001))), 400);
        refused(() -> correct.apply(Map.of("date_checked", "2026-02-31")), 400);
        refused(() -> correct.apply(Map.of("date_checked", "16/12/2026")), 400);
        refused(() -> correct.apply(Map.of("closed", "maybe")), 400);
        refused(() -> correct.apply(Map.of("evidence_seen", List.of(true))), 400);
        refused(() -> correct.apply(Map.of("closed", Map.of("value", true))), 400);
        refused(() -> correct.apply(Map.of("no_such_column", "x")), 400);
        Map<String, Object> emptied = new HashMap<>();
        emptied.put("completion_status", null);
        refused(() -> correct.apply(emptied), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json",
                Map.of("reason", "\u200B".repeat(30), "changes", Map.of("closed", false))), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json",
                Map.of("reason", "Reason with a NUL \u0000 inside it", "changes", Map.of("closed", false))), 400);
        refused(() -> send("registered.manager", HttpMethod.POST, path, "application/json",
                Map.of("reason", "r".repeat(1001), "changes", Map.of("closed", false))), 400);

        // evidence uploaded for another action may not be cited, even by a correction
        ProcessInstance other = actionAwaitingFollowUp();
        String foreign = evidenceId(upload("line.manager", "audit.pdf", "application/pdf", PDF, businessKey(other)));
        assertThat(refused(() -> correct.apply(Map.of("evidence_file_id", foreign)), 400)).contains("same item");

        // and a correction that keeps to the form's rules is written, typed for its columns
        String own = evidenceId(upload("line.manager", "audit.pdf", "application/pdf", PDF, key));
        ResponseEntity<String> accepted = correct.apply(Map.of("completion_status", "NOT_COMPLETE", "closed", false,
                "date_checked", "2026-12-15", "evidence_file_id", own));
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(rows("action_closure_log", key)).hasSize(2).last().satisfies(r -> assertThat(r)
                .containsEntry("completion_status", "NOT_COMPLETE").containsEntry("closed", false)
                .containsEntry("evidence_file_id", own));
        assertThat(rows("action_closure_log", key).get(1).get("date_checked").toString()).isEqualTo("2026-12-15");
    }

    // ---------------------------------------------------------------- evidence

    @Test
    void an_evidence_file_must_be_what_its_name_and_type_say() {
        String key = businessKey(actionAwaitingFollowUp());
        assertThat(refused(() -> upload("line.manager", "report.html", "text/html", PDF, key), 400))
                .contains("not have the extension of an accepted kind");
        refused(() -> upload("line.manager", "report.html", "application/pdf", PDF, key), 400);
        refused(() -> upload("line.manager", "notes.txt", "text/plain", PDF, key), 400);
        refused(() -> upload("line.manager", "audit.pdf", "image/png", PDF, key), 400);
        refused(() -> upload("line.manager", "page.txt", "text/plain",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), key), 400);
        refused(() -> upload("line.manager", "n".repeat(300) + ".pdf", "application/pdf", PDF, key), 400);
        refused(() -> upload("line.manager", "\u200B\u200B", "application/pdf", PDF, key), 400);
        refused(() -> upload("line.manager", "empty.pdf", "application/pdf", new byte[0], key), 400);
    }

    @Test
    void evidence_belongs_to_one_item_that_the_uploader_can_see() {
        String key = businessKey(actionAwaitingFollowUp());
        assertThat(refused(() -> upload("line.manager", "audit.pdf", "application/pdf", PDF, null), 400))
                .contains("reference of the action");
        refused(() -> upload("line.manager", "audit.pdf", "application/pdf", PDF, "X".repeat(300)), 400);
        refused(() -> upload("line.manager", "audit.pdf", "application/pdf", PDF, "SA-2026-999999"), 400);
        refused(() -> upload("line.manager2", "audit.pdf", "application/pdf", PDF, key), 400);
    }

    @Test
    void downloads_are_attachments_the_browser_does_not_sniff() {
        String key = businessKey(actionAwaitingFollowUp());
        String id = evidenceId(upload("line.manager", "audit.pdf", "application/pdf", PDF, key));
        ResponseEntity<byte[]> download = http.withBasicAuth("line.manager", "demo")
                .getForEntity("/api/evidence/" + id + "/content", byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void a_closure_may_cite_only_evidence_uploaded_for_that_action() {
        ProcessInstance mine = actionAwaitingFollowUp();
        ProcessInstance other = actionAwaitingFollowUp();
        String foreign = evidenceId(upload("line.manager", "audit.pdf", "application/pdf", PDF, businessKey(other)));
        clockAt("2026-12-16T10:00");

        assertThatThrownBy(() -> completeAs("line.manager", openTask(mine, TASK_FOLLOW_UP_CHECK),
                followUp("Audit of five care notes, filed in the QA folder", foreign)))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("was not uploaded for " + businessKey(mine));
        assertThat(rows("action_closure_log", businessKey(mine))).isEmpty();

        String own = evidenceId(upload("line.manager", "audit.pdf", "application/pdf", PDF, businessKey(mine)));
        completeAs("line.manager", openTask(mine, TASK_FOLLOW_UP_CHECK),
                followUp("Audit of five care notes, filed in the QA folder", own));
        runDueJobs();
        assertThat(rows("action_closure_log", businessKey(mine))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("evidence_file_id", own));
    }

    @Test
    void a_description_of_invisible_characters_is_not_evidence() {
        ProcessInstance instance = actionAwaitingFollowUp();
        clockAt("2026-12-16T10:00");
        assertThatThrownBy(() -> completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK),
                followUp("\u200B".repeat(40), null)))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("Describe the evidence");
        assertThatThrownBy(() -> completeAs("line.manager", openTask(instance, TASK_FOLLOW_UP_CHECK),
                followUp("Audit of five\u0000 care notes", null)))
                .isInstanceOf(InvalidEntry.class).hasMessageContaining("NUL");
        assertThat(rows("action_closure_log", businessKey(instance))).isEmpty();
    }
}
