package uk.care.tracker.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The forms that corrections are checked against exist, and their fields name the register columns. */
class RegisterCorrectionRulesTest {

    @Test
    void every_form_named_for_a_register_is_deployed() {
        RegisterCorrectionRules.FORMS.values().forEach(forms -> forms.forEach(form ->
                assertThat(new ClassPathResource("forms/" + form + ".form").exists()).as(form).isTrue()));
    }

    @Test
    void a_form_field_names_its_column_in_snake_case() {
        assertThat(RegisterCorrectionRules.column("completionStatus")).isEqualTo("completion_status");
        assertThat(RegisterCorrectionRules.column("week12DecisionDate")).isEqualTo("week12_decision_date");
        assertThat(RegisterCorrectionRules.column("priority")).isEqualTo("priority");
    }
}
