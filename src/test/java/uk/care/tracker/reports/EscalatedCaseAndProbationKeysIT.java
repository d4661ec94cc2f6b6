package uk.care.tracker.reports;

import uk.care.tracker.support.RegisterRows;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * The escalated-case and probation reports over HTTP as a dishonest insider would try them: figures only in the
 * report, the keys behind a figure a page at a time, a line manager's keys their own only whatever they ask for,
 * and bad parameters refused with a reason.
 */
class EscalatedCaseAndProbationKeysIT extends IntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Test
    @SuppressWarnings("unchecked")
    void a_line_manager_gets_the_keys_of_their_own_cases_and_actions_only() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String team = "Team K " + run;
        RegisterRows rows = new RegisterRows(jdbc, new Random(1));
        LocalDate day = LocalDate.of(2033, 3, 8);
        // two staff members of one team, one managed by line.manager and one by line.manager2
        staff.save(new StaffMember("K1" + run, "Own", team, "line.manager", "Carer", day.minusDays(100), null));
        staff.save(new StaffMember("K2" + run, "Other", team, "line.manager2", "Carer", day.minusDays(100), null));
        String ownCase = "EC-K1" + run;
        String otherCase = "EC-K2" + run;
        opening(rows, ownCase, "K1" + run, "line.manager", day);
        opening(rows, otherCase, "K2" + run, "line.manager2", day);
        String ownAction = "PA-K1" + run;
        String otherAction = "PA-K2" + run;
        registration(rows, ownAction, "K1" + run, day);
        registration(rows, otherAction, "K2" + run, day);
        clockAt("2033-04-02T09:00");
        String q = "from=2033-03-01&to=2033-03-31&team=" + team.replace(' ', '+');

        Map<String, Object> report = get("quality.lead", "/api/reports/escalated-cases?" + q);
        assertThat(report).containsEntry("opened", 2).as("figures only").doesNotContainKey("trace");
        assertThat(get("quality.lead", "/api/reports/probation-actions?" + q)).containsEntry("opened", 2).doesNotContainKey("trace");

        assertThat(keys("quality.lead", "escalated-cases", "opened", q)).containsExactly(ownCase, otherCase);
        assertThat(keys("quality.lead", "probation-actions", "opened", q)).containsExactly(ownAction, otherAction);
        Map<String, Object> firstPage = get("quality.lead", "/api/reports/escalated-cases/keys?figure=opened&size=1&" + q);
        assertThat(firstPage).containsEntry("total", 2).containsEntry("keys", List.of(ownCase));
        assertThat((List<String>) get("quality.lead", "/api/reports/escalated-cases/keys?figure=opened&size=1&page=1&" + q).get("keys"))
                .containsExactly(otherCase);

        // a line manager: their own, whether they name no manager or themselves; never another's
        assertThat(keys("line.manager", "escalated-cases", "opened", q)).containsExactly(ownCase);
        assertThat(keys("line.manager", "escalated-cases", "opened", q + "&manager=line.manager")).containsExactly(ownCase);
        assertThat(keys("line.manager", "probation-actions", "opened", q)).containsExactly(ownAction);
        assertThat(keys("line.manager2", "probation-actions", "openOverdue", q)).containsExactly(otherAction);
        assertThat(get("line.manager", "/api/reports/escalated-cases?" + q)).containsEntry("opened", 1);
        for (String report2 : List.of("escalated-cases", "probation-actions")) {
            assertThat(status("line.manager", "/api/reports/" + report2 + "/keys?figure=opened&manager=line.manager2&" + q))
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(status("mentor", "/api/reports/" + report2 + "/keys?figure=opened&" + q)).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "/keys?figure=trace&" + q)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "/keys?figure=opened&size=501&" + q)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "/keys?figure=opened&page=-1&" + q)).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "?from=2033-03-01&to=yesterday")).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "?to=2033-03-01")).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(status("quality.lead", "/api/reports/" + report2 + "?from=2033-03-31&to=2033-03-01")).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }

    private void opening(RegisterRows rows, String key, String staffId, String manager, LocalDate day) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", "OPENED");
        columns.put("concern_type", "CONDUCT");
        columns.put("escalated_date", day);
        columns.put("target_closure_date", day.plusDays(56));
        columns.put("line_manager", manager);
        rows.write("formal_escalation_tracker", key, staffId, rows.at(day), null, columns);
    }

    private void registration(RegisterRows rows, String key, String staffId, LocalDate day) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("entry_type", "REGISTERED");
        columns.put("competency_area", "MEDICATION");
        columns.put("deadline", day.plusDays(7));
        rows.write("probation_action_tracker", key, staffId, rows.at(day), null, columns);
    }

    @SuppressWarnings("unchecked")
    private List<String> keys(String user, String report, String figure, String q) {
        return (List<String>) get(user, "/api/reports/" + report + "/keys?figure=" + figure + "&" + q).get("keys");
    }

    private Map<String, Object> get(String user, String path) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
    }
}
