package uk.care.tracker.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.care.tracker.probation.CompetencyArea;
import uk.care.tracker.support.DecisionTables;

/**
 * {@code processes/escalation-rules.dmn} row by row: when a missed supervision action enters the overdue register
 * (article example 1), and when a probation action goes to the Registered Manager (article example 3).
 */
class EscalationRulesTest {

    private static final DecisionTables RULES = DecisionTables.in("processes/escalation-rules.dmn");

    @ParameterizedTest
    @CsvSource({
            "MEDICATION,           0, 'Missed action linked to medication, safeguarding or care plan compliance'",
            "SAFEGUARDING,         0, 'Missed action linked to medication, safeguarding or care plan compliance'",
            "CARE_PLAN_COMPLIANCE, 0, 'Missed action linked to medication, safeguarding or care plan compliance'",
            "RECORD_KEEPING,       7, Overdue by more than seven calendar days",
            "TRAINING_REFRESHER,   7, Overdue by more than seven calendar days",
            "PRACTICE_STANDARDS,   7, Overdue by more than seven calendar days",
            "OTHER,                7, Overdue by more than seven calendar days"})
    void supervision_actions_escalate_at_once_or_after_seven_calendar_days(String category, int days, String reason) {
        assertThat(RULES.single("supervision-escalation", Map.of("actionCategory", category)))
                .containsEntry("thresholdDays", days)
                .containsEntry("thresholdDayType", "CALENDAR")
                .containsEntry("escalationReason", reason);
    }

    @ParameterizedTest
    @EnumSource(ActionCategory.class)
    void every_action_category_has_a_rule(ActionCategory category) {
        assertThat(RULES.single("supervision-escalation", Map.of("actionCategory", category.name())))
                .containsKey("thresholdDays");
    }

    @ParameterizedTest
    @CsvSource({
            "MEDICATION,          true,  true",
            "MOVING_AND_HANDLING, true,  true",
            "SAFEGUARDING,        true,  true",
            "COMMUNICATION,       true,  false",
            "RECORD_KEEPING,      true,  false",
            "PERSON_CENTRED_CARE, true,  false",
            "OTHER,               true,  false",
            "MEDICATION,          false, false",
            "SAFEGUARDING,        false, false",
            "COMMUNICATION,       false, false"})
    void only_a_failed_action_that_affects_safe_practice_escalates_at_once(String area, boolean failed,
            boolean atOnce) {
        Map<String, Object> rule = RULES.single("probation-escalation",
                Map.of("competencyArea", area, "actionFailed", failed));
        assertThat(rule).containsEntry("escalateAtOnce", atOnce)
                .containsEntry("thresholdDays", 5)
                .containsEntry("thresholdDayType", "WORKING")
                .containsEntry("escalationReason", atOnce
                        ? "Failed action linked to medication, moving and handling or safeguarding"
                        : "Overdue by more than five working days");
    }

    @ParameterizedTest
    @EnumSource(CompetencyArea.class)
    void every_competency_area_has_a_rule(CompetencyArea area) {
        assertThat(RULES.single("probation-escalation", Map.of("competencyArea", area.name(), "actionFailed", false)))
                .containsEntry("escalateAtOnce", false);
    }
}
