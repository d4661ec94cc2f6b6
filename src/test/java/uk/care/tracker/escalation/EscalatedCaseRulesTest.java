package uk.care.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.care.tracker.supervision.ActionCategory;
import uk.care.tracker.support.DecisionTables;

/**
 * {@code processes/escalated-case-rules.dmn} row by row: the review rhythm and senior oversight thresholds of an
 * escalated case, and when repeated supervision actions offer one (article example 2).
 */
class EscalatedCaseRulesTest {

    private static final DecisionTables RULES = DecisionTables.in("processes/escalated-case-rules.dmn");

    @ParameterizedTest
    @ValueSource(strings = {"DOCUMENTATION", "SHIFT_RELIABILITY", "CARE_PLAN_ADHERENCE", "OTHER"})
    void every_concern_type_has_the_articles_rhythm(String concernType) {
        assertThat(RULES.single("escalated-case-settings", Map.of("concernType", concernType)))
                .containsEntry("actionPlanHours", 24)
                .containsEntry("monitoringReviewDays", 7)
                .containsEntry("caseReviewDays", 14)
                .containsEntry("noProgressDays", 28)
                .containsEntry("missedReviewsForOversight", 2)
                .containsEntry("targetClosureDays", 56);
    }

    @ParameterizedTest
    @CsvSource({
            "RECORD_KEEPING,       DOCUMENTATION",
            "CARE_PLAN_COMPLIANCE, CARE_PLAN_ADHERENCE",
            "TRAINING_REFRESHER,   OTHER",
            "PRACTICE_STANDARDS,   OTHER",
            "MEDICATION,           OTHER",
            "SAFEGUARDING,         OTHER",
            "OTHER,                OTHER"})
    void three_actions_in_a_category_within_90_days_offer_a_case(String category, String concernType) {
        assertThat(RULES.single("repeat-concern-threshold", Map.of("actionCategory", category)))
                .containsEntry("repeatThreshold", 3)
                .containsEntry("windowDays", 90)
                .containsEntry("concernType", concernType);
    }

    @ParameterizedTest
    @EnumSource(ActionCategory.class)
    void every_action_category_offers_a_known_concern_type(ActionCategory category) {
        assertThat(RULES.single("repeat-concern-threshold", Map.of("actionCategory", category.name())).get("concernType"))
                .isIn(java.util.Arrays.stream(ConcernType.values()).map(Enum::name).toList());
    }
}
