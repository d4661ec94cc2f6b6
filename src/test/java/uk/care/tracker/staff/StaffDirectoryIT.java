package uk.care.tracker.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.support.IntegrationTest;

/** GET /api/staff and POST /api/staff/import, over HTTP as a client would call them. */
class StaffDirectoryIT extends IntegrationTest {

    private ResponseEntity<Map<String, Object>> importAs(String user, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth(user, "demo").exchange("/api/staff/import", HttpMethod.POST, new HttpEntity<>(csv, headers),
                new ParameterizedTypeReference<>() { });
    }

    private List<Map<String, Object>> staffAs(String user) {
        return http.withBasicAuth(user, "demo").exchange("/api/staff", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    @Test
    void the_directory_lists_staff_with_the_fields_of_the_contract() {
        assertThat(staffAs("line.manager")).anySatisfy(member -> assertThat(member)
                .containsEntry("staffId", "S1001").containsEntry("name", "Amira Hassan").containsEntry("team", "Oak House")
                .containsEntry("lineManager", "line.manager").containsEntry("jobRole", "Senior Care Worker")
                .containsEntry("startDate", "2021-03-01"));
    }

    @Test
    void an_hr_export_is_imported_and_updates_existing_staff() {
        ResponseEntity<Map<String, Object>> response = importAs("hr.lead", """
                staff_id,name,team,line_manager,job_role,start_date,probation_end_date
                T2001,Ivy Jones,Birch Court,line.manager,Care Worker,03/11/2026,02/05/2027
                T2002,Jack Patel,Birch Court,line.manager2,Night Care Worker,2025-01-06,
                """);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("imported", 2);
        assertThat(staffAs("deputy.manager")).anySatisfy(member -> assertThat(member)
                .containsEntry("staffId", "T2001").containsEntry("startDate", "2026-11-03"));

        importAs("hr.lead", """
                staff_id,name,team,line_manager,job_role
                T2002,Jack Patel,Oak House,line.manager,Night Care Worker
                """);
        assertThat(staffAs("deputy.manager")).anySatisfy(member -> assertThat(member)
                .containsEntry("staffId", "T2002").containsEntry("team", "Oak House"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_file_with_errors_is_rejected_line_by_line_and_nothing_is_imported() {
        ResponseEntity<Map<String, Object>> response = importAs("registered.manager", """
                staff_id,name,team,line_manager,job_role,start_date
                T3001,Kim Good,Oak House,line.manager,Care Worker,2026-01-05
                T3002,,Oak House,line.manager,Care Worker,2026-02-30
                T3001,Kim Twice,Oak House,line manager,Care Worker,
                """);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(3, 4);
        assertThat(errors.get(0).get("message").toString()).contains("name is empty").contains("start_date '2026-02-30'");
        assertThat(errors.get(1).get("message").toString()).contains("appears more than once").contains("is not a user id");
        assertThat(staffAs("hr.lead")).noneSatisfy(member -> assertThat(member).containsEntry("staffId", "T3001"));
    }

    @Test
    void a_file_without_the_expected_columns_is_rejected() {
        ResponseEntity<Map<String, Object>> response = importAs("hr.lead", "id;name\nX1;Someone\n");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("missing: staff_id");
    }

    @Test
    void only_hr_and_registered_managers_may_import() {
        ResponseEntity<Map<String, Object>> response = importAs("line.manager", "staff_id,name,team,line_manager,job_role\nX,Y,Z,line.manager,Carer\n");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
