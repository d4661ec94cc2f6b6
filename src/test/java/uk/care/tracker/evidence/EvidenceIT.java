package uk.care.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import uk.care.tracker.support.IntegrationTest;

/** Evidence upload: size and type limits, a checksum, and who may read it back (more in api/BadInputIT). */
class EvidenceIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** An action of line.manager's, to upload evidence for: a file belongs to one item. */
    private String action() {
        clockAt("2026-12-14T10:00");
        ProcessInstance instance = startAs("line.manager", "supervision-action", Map.of("staffId", newStaffMember("line.manager"),
                "actionDescription", "Audit five care notes against the record keeping standard", "actionCategory", "RECORD_KEEPING",
                "deadline", "2026-12-18", "supervisionDate", "2026-12-14", "managerResponsible", "line.manager"));
        runDueJobs();
        return businessKey(instance);
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String fileName, byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        form.add("businessKey", action());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").exchange("/api/evidence", HttpMethod.POST, new HttpEntity<>(form, headers),
                new ParameterizedTypeReference<>() { });
    }

    @Test
    void a_pdf_is_stored_with_its_checksum_and_read_back_by_the_uploader_and_oversight_only() {
        ResponseEntity<Map<String, Object>> response = upload("line.manager", "audit.pdf", PDF);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("contentType", "application/pdf")
                .containsEntry("sha256", EvidenceStore.sha256(PDF)).containsEntry("sizeBytes", PDF.length);
        String id = response.getBody().get("evidenceId").toString();

        ResponseEntity<byte[]> download = http.withBasicAuth("line.manager", "demo")
                .getForEntity("/api/evidence/" + id + "/content", byte[].class);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(http.withBasicAuth("registered.manager", "demo").getForEntity("/api/evidence/" + id, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("line.manager2", "demo").getForEntity("/api/evidence/" + id, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_file_of_another_kind_is_refused_whatever_its_name() {
        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0};
        ResponseEntity<Map<String, Object>> response = upload("line.manager", "notes.pdf", program);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").toString()).contains("not an accepted kind of evidence");
    }

    @Test
    void a_file_over_the_limit_is_refused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        ResponseEntity<Map<String, Object>> response = upload("line.manager", "big.pdf", big);
        assertThat(response.getStatusCode().value()).isIn(400, 413);
    }
}
