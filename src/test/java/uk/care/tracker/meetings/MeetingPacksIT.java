package uk.care.tracker.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterEntry;
import uk.care.tracker.registers.RegisterWriter;
import uk.care.tracker.staff.StaffMember;
import uk.care.tracker.support.IntegrationTest;

/**
 * Each meeting's list for Friday 2031-03-14 (the weekly meetings' previous sitting 2031-03-07, the fortnightly ones'
 * 2031-02-28), built from register rows written with the clock at the day they describe. A team of the test's own
 * keeps other tests' rows out of the lists.
 */
class MeetingPacksIT extends IntegrationTest {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired RegisterWriter writer;

    String team;
    String s1;
    String s2;
    int base;

    @BeforeEach
    void knownSetOfActions() {
        team = "Meetings " + UUID.randomUUID().toString().substring(0, 8);
        s1 = member("line.manager", LocalDate.of(2030, 12, 30));
        s2 = member("line.manager2", LocalDate.of(2031, 2, 24));
        base = ThreadLocalRandom.current().nextInt(100_000, 900_000);

        // weekly management call
        action(sa(1), s1, "line.manager", "2031-03-10", "2031-03-20", true);
        at("2031-03-11T10:00", entry(Register.ACTION_TRACKER, sa(1), "verified", s1, "deputy.manager").set("entry_type", "VERIFIED")
                .set("priority", "HIGH").set("evidence_required", "Signed audit sheet").set("review_date", LocalDate.parse("2031-03-20")));
        action(sa(2), s2, "line.manager2", "2031-03-07", "2031-04-30", false);
        action(sa(3), s1, "line.manager", "2031-03-12", "2031-04-30", false);
        at("2031-03-13T10:00", entry(Register.ACTION_TRACKER, sa(3), "returned", s1, "deputy.manager")
                .set("entry_type", "RETURNED_FOR_REWORDING").set("return_reason", "No measurable outcome"));
        action(sa(4), s1, "line.manager", "2031-03-03", "2031-03-18", false);
        action(sa(5), s2, "line.manager2", "2031-03-14", "2031-04-30", false);

        // weekly overdue review
        action(sa(6), s1, "line.manager", "2031-02-03", "2031-02-20", false);
        escalate(sa(6), s1, "2031-02-28", "2031-02-20");
        at("2031-03-07T10:00", entry(Register.OVERDUE_ACTIONS_REGISTER, sa(6), "review-1", s1, "registered.manager")
                .set("entry_type", "WEEKLY_REVIEW").set("deadline", LocalDate.parse("2031-02-20")).set("overdue_days", 15)
                .set("escalation_stage", "OVERDUE_REGISTER").set("reason_for_delay", "Staff member on leave")
                .set("valid_explanation", true).set("review_cycle", 1));
        at("2031-03-08T00:00", entry(Register.OVERDUE_ACTIONS_REGISTER, sa(6), "missed-2", s1, RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_REVIEW").set("deadline", LocalDate.parse("2031-02-20")).set("review_cycle", 2));
        action(sa(7), s2, "line.manager2", "2031-02-10", "2031-03-03", false);
        escalate(sa(7), s2, "2031-03-03", "2031-03-03");
        at("2031-03-04T10:00", entry(Register.OVERDUE_ACTIONS_REGISTER, sa(7), "remedial", s2, "registered.manager")
                .set("entry_type", "REMEDIAL_OWNERSHIP").set("deadline", LocalDate.parse("2031-03-03"))
                .set("escalation_stage", "REMEDIAL_OWNERSHIP").set("remedial_owner", "line.manager2"));
        action(sa(8), s1, "line.manager", "2031-02-03", "2031-02-10", false);
        escalate(sa(8), s1, "2031-02-18", "2031-02-10");
        at("2031-03-10T15:00", entry(Register.ACTION_CLOSURE_LOG, sa(8), "closed", s1, "line.manager").set("evidence_seen", true)
                .set("date_checked", LocalDate.parse("2031-03-10")).set("completion_status", "COMPLETE")
                .set("evidence_type", "AUDIT_EVIDENCE").set("evidence_description", "Audit done").set("closed", true));

        // fortnightly case review
        openCase(ec(1), s1, "line.manager", "2031-02-14");
        monitoring(ec(1), s1, 1, "2031-02-21", 2);
        at("2031-03-01T00:00", entry(Register.ESCALATED_CASE_MONITORING_LOG, ec(1), "missed-2", s1, RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_REVIEW").set("review_cycle", 2).set("review_due", endOf("2031-02-28")));
        monitoring(ec(1), s1, 3, "2031-03-07", 2);
        at("2031-02-28T15:00", entry(Register.ESCALATED_WORKFORCE_CASE_REVIEW, ec(1), "review-1", s1, "registered.manager")
                .set("entry_type", "REVIEW").set("review_cycle", 1).set("review_due", endOf("2031-02-28"))
                .set("action_plan_compliance", "PARTIAL").set("remaining_risk", "MEDIUM").set("next_decision", "CONTINUE")
                .set("meeting_date", LocalDate.parse("2031-02-28")));
        openCase(ec(2), s2, "line.manager2", "2031-03-03");
        openCase(ec(3), s1, "line.manager", "2031-02-03");
        at("2031-03-12T10:00", entry(Register.WORKFORCE_CASE_CLOSURE_REGISTER, ec(3), "closure", s1, "hr.lead")
                .set("case_outcome", "CLOSED").set("evidence_supporting_closure", "Audits clean").set("hr_pathway", "NONE")
                .set("target_closure_date", LocalDate.parse("2031-03-31")));

        // probation
        probationAction(pa(1), s1, "2031-02-17", "2031-03-21", "2031-03-24");
        int week = 1;
        for (String due : List.of("2031-02-21", "2031-02-28", "2031-03-07", "2031-03-14")) {
            supportLog(pa(1), s1, week, due, List.of(2, 3, 3, 4).get(week - 1));
            week++;
        }
        at("2031-03-05T00:00", entry(Register.PROBATION_ESCALATION, pa(1), "escalated", s1, RegisterEntry.SYSTEM)
                .set("entry_type", "ESCALATED").set("competency_area", "MEDICATION").set("deadline", LocalDate.parse("2031-03-21"))
                .set("escalation_reason", "Failed in medication"));
        at("2031-03-05T14:00", entry(Register.PROBATION_ESCALATION, pa(1), "reviewed", s1, "registered.manager")
                .set("entry_type", "ESCALATION_REVIEWED").set("overdue_reason", "Failed observation")
                .set("interim_restriction", "SUPERVISED_PRACTICE").set("revised_review_date", LocalDate.parse("2031-03-19")));
        probationAction(pa(2), s2, "2031-03-03", "2031-04-04", "2031-05-19");
        supportLog(pa(2), s2, 1, "2031-03-07", 2);
        at("2031-03-04T00:00", entry(Register.NEW_STARTER_OVERSIGHT, pa(2), "missed-verification", s2, RegisterEntry.SYSTEM)
                .set("entry_type", "MISSED_VERIFICATION").set("verification_cycle", 1).set("due_on", LocalDate.parse("2031-03-03")));
        probationAction(pa(3), s1, "2031-02-10", "2031-03-10", "2031-03-24");
        at("2031-03-09T10:00", entry(Register.PROBATION_ACTION_TRACKER, pa(3), "closed", s1, "deputy.manager").set("entry_type", "CLOSED")
                .set("evidence_type", "OBSERVATION_NOTES").set("evidence_description", "Observed"));
        clockAt("2031-03-14T08:00");
    }

    @Test
    void weekly_management_call_lists_new_actions_their_verification_the_unclear_ones_and_the_week_ahead() {
        Map<String, Object> pack = pack("registered.manager", "weekly-management-call", "date=2031-03-14");
        assertThat(pack.get("date")).isEqualTo("2031-03-14");
        assertThat(pack.get("previousMeeting")).isEqualTo("2031-03-07");
        assertThat(pack.get("nextMeeting")).isEqualTo("2031-03-21");
        List<Map<String, Object>> entered = items(pack, "entered");
        assertThat(keys(entered)).containsExactly(sa(2), sa(1), sa(3));
        assertThat(entered.get(1)).containsEntry("lateEntry", true).containsEntry("verification", "VERIFIED")
                .containsEntry("priority", "HIGH").containsEntry("evidenceRequired", "Signed audit sheet")
                .containsEntry("reviewDate", "2031-03-20").containsEntry("link", "/item.html?key=" + sa(1));
        assertThat(entered.get(0)).containsEntry("verification", "NOT YET VERIFIED").containsEntry("lateEntry", false);
        assertThat(entered.get(2)).containsEntry("verification", "SENT BACK AS UNCLEAR");
        assertThat(keys(items(pack, "sentBack"))).containsExactly(sa(3));
        assertThat(items(pack, "sentBack").get(0)).containsEntry("reason", "No measurable outcome");
        assertThat(keys(items(pack, "dueThisWeek"))).containsExactly(sa(4), sa(1));
    }

    @Test
    void weekly_overdue_review_is_the_register_as_it_stands() {
        List<Map<String, Object>> overdue = items(pack("registered.manager", "weekly-overdue-review", "date=2031-03-14"), "overdue");
        assertThat(keys(overdue)).containsExactly(sa(6), sa(7));
        assertThat(overdue.get(0)).containsEntry("overdueDays", 22).containsEntry("reasonForDelay", "Staff member on leave")
                .containsEntry("escalationStage", "OVERDUE_REGISTER").containsEntry("reviewsMissed", 1)
                .containsEntry("remedialOwner", null);
        assertThat(overdue.get(1)).containsEntry("overdueDays", 11).containsEntry("escalationStage", "REMEDIAL_OWNERSHIP")
                .containsEntry("remedialOwner", "line.manager2").containsEntry("reviewsMissed", 0);
    }

    @Test
    void fortnightly_case_review_lists_open_cases_with_their_reviews_and_oversight_triggers() {
        Map<String, Object> pack = pack("registered.manager", "fortnightly-case-review", "date=2031-03-14");
        assertThat(pack.get("previousMeeting")).isEqualTo("2031-02-28");
        List<Map<String, Object>> open = items(pack, "openCases");
        assertThat(keys(open)).containsExactly(ec(1), ec(2));
        assertThat(open.get(0)).containsEntry("actionPlanCompliance", "PARTIAL").containsEntry("remainingRisk", "MEDIUM")
                .containsEntry("latestProgressRatings", List.of(2, 2)).containsEntry("missedReviews", 1)
                .containsEntry("nextMonitoringReview", "2031-03-14").containsEntry("nextCaseReview", "2031-03-14")
                .containsEntry("targetClosureDate", "2031-04-11").containsEntry("daysToTargetClosure", 28)
                .containsEntry("seniorOversight", "NEAR");
        assertThat(open.get(1)).containsEntry("missedReviews", 0).containsEntry("nextMonitoringReview", "2031-03-17")
                .containsEntry("daysToTargetClosure", 45).containsEntry("seniorOversight", null);
    }

    @Test
    void weekly_probation_review_lists_open_actions_their_mentor_log_and_week_12_decisions_near() {
        Map<String, Object> pack = pack("registered.manager", "weekly-probation-review", "date=2031-03-14");
        List<Map<String, Object>> open = items(pack, "openActions");
        assertThat(keys(open)).containsExactly(pa(1), pa(2));
        assertThat(open.get(0)).containsEntry("mentorLogThisWeek", "ON TIME").containsEntry("confidenceTrend", List.of(2, 3, 3, 4))
                .containsEntry("week12Decision", "2031-03-24").containsEntry("deadline", "2031-03-21");
        assertThat(open.get(1)).containsEntry("mentorLogThisWeek", "MISSING").containsEntry("confidenceTrend", List.of(2));
        List<Map<String, Object>> week12 = items(pack, "week12");
        assertThat(keys(week12)).containsExactly(pa(1));
        assertThat(week12.get(0)).containsEntry("workingDaysToDecision", 6).containsEntry("escalated", true);
    }

    @Test
    void fortnightly_workforce_monitoring_lists_verifications_enhanced_oversight_and_escalations() {
        Map<String, Object> pack = pack("registered.manager", "fortnightly-workforce-monitoring", "date=2031-03-14");
        List<Map<String, Object>> verifications = items(pack, "verifications");
        assertThat(keys(verifications)).containsExactly(pa(2), pa(1));
        assertThat(verifications.get(0)).containsEntry("status", "OVERDUE").containsEntry("missedVerifications", 1)
                .containsEntry("nextVerificationDue", "2031-03-17");
        assertThat(verifications.get(1)).containsEntry("status", "DUE").containsEntry("nextVerificationDue", "2031-03-17");
        List<Map<String, Object>> enhanced = items(pack, "enhancedOversight");
        assertThat(keys(enhanced)).containsExactly(pa(1));
        assertThat(enhanced.get(0)).containsEntry("interimRestriction", "SUPERVISED_PRACTICE")
                .containsEntry("revisedReviewDate", "2031-03-19");
        List<Map<String, Object>> escalations = items(pack, "escalations");
        assertThat(keys(escalations)).containsExactly(sa(6), ec(2), sa(7), pa(1));
    }

    @Test
    void a_line_manager_sees_their_own_staff_only() {
        Map<String, Object> pack = pack("line.manager", "weekly-management-call", "date=2031-03-14");
        assertThat(pack.get("manager")).isEqualTo("line.manager");
        assertThat(keys(items(pack, "entered"))).containsExactly(sa(1), sa(3));
        assertThat(keys(items(pack("line.manager", "weekly-overdue-review", "date=2031-03-14"), "overdue"))).containsExactly(sa(6));
        assertThat(keys(items(pack("line.manager", "fortnightly-case-review", "date=2031-03-14"), "openCases"))).containsExactly(ec(1));
        assertThat(keys(items(pack("line.manager", "weekly-probation-review", "date=2031-03-14"), "openActions")))
                .containsExactly(pa(1));
        ResponseEntity<Map<String, Object>> other = http.withBasicAuth("line.manager", "demo").exchange(
                "/api/meetings/weekly-management-call?date=2031-03-14&manager=line.manager2&team=" + team, HttpMethod.GET, null, MAP);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> mentor = http.withBasicAuth("mentor", "demo").exchange(
                "/api/meetings/weekly-management-call", HttpMethod.GET, null, MAP);
        assertThat(mentor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void without_a_date_the_pack_is_for_the_next_sitting_a_bank_holiday_friday_moving_to_thursday() {
        clockAt("2031-04-05T09:00"); // Saturday; Friday 2031-04-11 is Good Friday
        Map<String, Object> pack = pack("registered.manager", "weekly-management-call", "");
        assertThat(pack.get("date")).isEqualTo("2031-04-10");
        assertThat(pack.get("previousMeeting")).isEqualTo("2031-04-04");
        assertThat(pack.get("nextMeeting")).isEqualTo("2031-04-18");
        assertThat(pack("registered.manager", "fortnightly-case-review", "").get("date")).isEqualTo("2031-04-10");
        ResponseEntity<Map<String, Object>> unknown = http.withBasicAuth("registered.manager", "demo").exchange(
                "/api/meetings/monthly-tea-party", HttpMethod.GET, null, MAP);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_pdf_parses_back_with_every_item_about_ten_a_page() throws Exception {
        for (int n = 20; n < 32; n++) {
            action(sa(n), s1, "line.manager", "2031-03-11", "2031-04-30", false);
        }
        clockAt("2031-03-14T08:00");
        ResponseEntity<byte[]> response = http.withBasicAuth("registered.manager", "demo").exchange(
                "/api/meetings/weekly-management-call.pdf?date=2031-03-14&team=" + team, HttpMethod.GET, null, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("weekly-management-call-2031-03-14.pdf");
        PdfReader reader = new PdfReader(response.getBody());
        try {
            // 15 entered, 1 sent back, 2 due: 18 items, ten a page
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String all = (text.getTextFromPage(1) + "\n" + text.getTextFromPage(2)).replaceAll("\\s+", " ");
            String joined = all.replace(" ", "");
            assertThat(all).contains("Weekly management call - 2031-03-14", "Actions entered since the last call (15)",
                    "Actions sent back as unclear, not yet reworded (1)", "Actions due in the coming week (2)",
                    "NOT YET VERIFIED", "No measurable outcome", "Page 2");
            for (int n : List.of(1, 2, 3, 4, 20, 31)) {
                assertThat(joined).contains(sa(n));
            }
            assertThat(joined).doesNotContain(sa(5));
        } finally {
            reader.close();
        }
        ResponseEntity<byte[]> lineManager = http.withBasicAuth("line.manager", "demo").exchange(
                "/api/meetings/weekly-management-call.pdf?date=2031-03-14&team=" + team, HttpMethod.GET, null, byte[].class);
        PdfReader own = new PdfReader(lineManager.getBody());
        String first = new PdfTextExtractor(own).getTextFromPage(1).replaceAll("\\s+", "");
        own.close();
        assertThat(first).contains(sa(1)).doesNotContain(sa(2));
    }

    @Test
    void the_chair_records_that_the_meeting_took_place_once() {
        Map<String, Object> body = Map.of("date", "2031-03-14", "attendees", List.of("registered.manager", "deputy.manager"),
                "notes", "Two overdue actions discussed", "team", team);
        ResponseEntity<Map<String, Object>> lineManager = http.withBasicAuth("line.manager", "demo").exchange(
                "/api/meetings/weekly-overdue-review/record", HttpMethod.POST, new HttpEntity<>(body), MAP);
        assertThat(lineManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> future = http.withBasicAuth("registered.manager", "demo").exchange(
                "/api/meetings/weekly-overdue-review/record", HttpMethod.POST,
                new HttpEntity<>(Map.of("date", "2031-03-21", "attendees", List.of("x"))), MAP);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> recorded = http.withBasicAuth("registered.manager", "demo").exchange(
                "/api/meetings/weekly-overdue-review/record", HttpMethod.POST, new HttpEntity<>(body), MAP);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody()).containsEntry("chairedBy", "registered.manager").containsEntry("itemsListed", 2);
        ResponseEntity<Map<String, Object>> again = http.withBasicAuth("deputy.manager", "demo").exchange(
                "/api/meetings/weekly-overdue-review/record", HttpMethod.POST, new HttpEntity<>(body), MAP);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, Object>> records = http.withBasicAuth("quality.lead", "demo").exchange(
                "/api/meetings/records?from=2031-03-14&to=2031-03-14", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
        assertThat(records).filteredOn(r -> team.equals(r.get("team"))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("meeting", "weekly-overdue-review").containsEntry("meeting_date", "2031-03-14")
                .containsEntry("chaired_by", "registered.manager").containsEntry("attendees", "registered.manager, deputy.manager")
                .containsEntry("notes", "Two overdue actions discussed"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM meeting_record WHERE team = ?", Integer.class, team)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM meeting_record WHERE team = ?", team))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void the_meetings_page_lists_each_meeting_with_its_next_sitting() {
        clockAt("2031-04-05T09:00");
        List<Map<String, Object>> meetings = http.withBasicAuth("deputy.manager", "demo").exchange("/api/meetings",
                HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).getBody();
        assertThat(meetings).extracting(m -> m.get("meeting")).containsExactly("weekly-management-call", "weekly-overdue-review",
                "fortnightly-case-review", "weekly-probation-review", "fortnightly-workforce-monitoring");
        assertThat(meetings).allSatisfy(m -> assertThat(m).containsEntry("next", "2031-04-10"));
        ResponseEntity<String> page = http.withBasicAuth("deputy.manager", "demo").getForEntity("/meetings.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<script src=\"/meetings.js\"></script>").doesNotContain("<script>");
        assertThat(http.getForEntity("/meetings.js", String.class).getBody()).contains("/api/meetings/");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    Map<String, Object> pack(String user, String meeting, String query) {
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth(user, "demo").exchange(
                "/api/meetings/" + meeting + "?team=" + team + (query.isEmpty() ? "" : "&" + query), HttpMethod.GET, null, MAP);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> pack, String section) {
        return ((List<Map<String, Object>>) pack.get("sections")).stream().filter(s -> section.equals(s.get("name")))
                .map(s -> (List<Map<String, Object>>) s.get("items")).findFirst().orElseThrow();
    }

    static List<Object> keys(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("key")).toList();
    }

    String sa(int n) {
        return "SA-2031-" + (base + n);
    }

    String ec(int n) {
        return "EC-2031-" + (base + n);
    }

    String pa(int n) {
        return "PA-2031-" + (base + n);
    }

    String member(String lineManager, LocalDate started) {
        String id = "M" + UUID.randomUUID().toString().substring(0, 8);
        staff.save(new StaffMember(id, "Meeting " + id, team, lineManager, "Care Worker", started, started.plusWeeks(26)));
        return id;
    }

    static RegisterEntry.Builder entry(Register register, String key, String event, String staffId, String user) {
        return RegisterEntry.in(register).event(key + ":" + event).process(null, key).staff(staffId).actingUser(user);
    }

    void at(String londonTime, RegisterEntry.Builder entry) {
        clockAt(londonTime);
        assertThat(writer.append(entry.build())).isTrue();
    }

    static Timestamp endOf(String day) {
        return Timestamp.from(london(day + "T23:59"));
    }

    void action(String key, String staffId, String manager, String entered, String deadline, boolean late) {
        at(entered + "T10:00", entry(Register.ACTION_TRACKER, key, "registered", staffId, manager).set("entry_type", "REGISTERED")
                .set("action_description", "Audit three care records").set("action_category", "RECORD_KEEPING")
                .set("deadline", LocalDate.parse(deadline)).set("supervision_date", LocalDate.parse(entered))
                .set("manager_responsible", manager).set("late_entry", late));
    }

    void escalate(String key, String staffId, String on, String deadline) {
        at(on + "T00:00", entry(Register.OVERDUE_ACTIONS_REGISTER, key, "escalated", staffId, RegisterEntry.SYSTEM)
                .set("entry_type", "ESCALATED").set("deadline", LocalDate.parse(deadline)).set("escalation_stage", "OVERDUE_REGISTER")
                .set("escalation_reason", "Overdue by more than seven calendar days"));
    }

    void openCase(String key, String staffId, String lineManager, String escalated) {
        LocalDate day = LocalDate.parse(escalated);
        at(escalated + "T09:00", entry(Register.FORMAL_ESCALATION_TRACKER, key, "opened", staffId, "registered.manager")
                .set("entry_type", "OPENED").set("concern_type", "DOCUMENTATION").set("threshold_met", "Third concern")
                .set("concern_confirmed_date", day.minusDays(1)).set("escalated_date", day).set("late_entry", false)
                .set("target_closure_date", day.plusDays(56)).set("line_manager", lineManager));
    }

    void monitoring(String key, String staffId, int cycle, String due, int rating) {
        at(due + "T12:00", entry(Register.ESCALATED_CASE_MONITORING_LOG, key, "review-" + cycle, staffId, "deputy.manager")
                .set("entry_type", "FORMAL_REVIEW").set("review_cycle", cycle).set("review_due", endOf(due))
                .set("shift_observations", 2).set("audit_findings", "Notes incomplete").set("progress_rating", rating));
    }

    void probationAction(String key, String staffId, String opened, String deadline, String week12) {
        at(opened + "T10:00", entry(Register.PROBATION_ACTION_TRACKER, key, "registered", staffId, "onboarding.supervisor")
                .set("entry_type", "REGISTERED").set("checkpoint", "WEEK_6").set("action_description", "Shadow two medication rounds")
                .set("competency_area", "MEDICATION").set("deadline", LocalDate.parse(deadline)).set("person_responsible", "mentor")
                .set("week12_decision_date", LocalDate.parse(week12)));
    }

    void supportLog(String key, String staffId, int week, String due, int rating) {
        at(due + "T16:00", entry(Register.PROBATION_SUPPORT_LOG, key, "support-" + week, staffId, "mentor").set("entry_type", "LOG")
                .set("support_week", week).set("due_on", LocalDate.parse(due)).set("submitted_late", false)
                .set("support_sessions_completed", 2).set("competency_area_practised", "MEDICATION").set("confidence_rating", rating)
                .set("support_notes", "Observed a medication round"));
    }
}
