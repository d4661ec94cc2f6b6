package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Item 6 of issue 10: outside the demo profile, no administrator means no start. */
class FirstAdministratorCheckTest {

    @Test
    void outside_the_demo_no_administrator_refuses_to_start_with_a_clear_message() {
        assertThat(FirstAdministratorCheck.problem(false, null, null, 0)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Refusing to start").contains("CAMUNDA_BPM_ADMINUSER_ID").contains("CAMUNDA_BPM_ADMINUSER_PASSWORD"));
    }

    @Test
    void a_configured_administrator_without_a_password_is_refused() {
        // Camunda would create the user with its name as password
        assertThat(FirstAdministratorCheck.problem(false, "admin", null, 1)).hasValueSatisfying(message -> assertThat(message)
                .contains("no password"));
        assertThat(FirstAdministratorCheck.problem(false, "admin", " ", 1)).isPresent();
    }

    @Test
    void an_administrator_in_the_database_or_configured_is_enough() {
        assertThat(FirstAdministratorCheck.problem(false, null, null, 1)).isEmpty();
        assertThat(FirstAdministratorCheck.problem(false, "admin", "s3cret-from-the-vault", 1)).isEmpty();
    }

    @Test
    void the_demo_profile_always_starts() {
        assertThat(FirstAdministratorCheck.problem(true, null, null, 0)).isEmpty();
    }
}
