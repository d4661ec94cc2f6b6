package uk.care.tracker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form field to register column convention the recording delegates rely on. */
class RegisterRowTest {

    @ParameterizedTest
    @CsvSource({
            "deadline,                  deadline",
            "reviewMeetingDate,         review_meeting_date",
            "probationRiskCategory,     probation_risk_category",
            "competencyAreaPractised,   competency_area_practised",
            "week12Decision,            week12_decision"})
    void a_form_field_goes_into_the_column_of_its_name_in_snake_case(String variable, String column) {
        assertThat(RegisterRow.column(variable)).isEqualTo(column);
    }
}
