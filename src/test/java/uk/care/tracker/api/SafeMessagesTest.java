package uk.care.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which messages may reach the person as they are, and which carry the application's insides. */
class SafeMessagesTest {

    @Test
    void plain_sentences_pass() {
        assertThat(SafeMessages.isSafe("Give the reason for the correction (at least 10 characters)")).isTrue();
        assertThat(SafeMessages.isSafe("No tracked item SA-2026-000042 that you can see")).isTrue();
        assertThat(SafeMessages.isSafe("Required parameter 'file' is not present.")).isTrue();
    }

    @Test
    void class_names_sql_engine_codes_and_stack_frames_do_not() {
        assertThat(SafeMessages.isSafe("Failed to convert value of type 'java.lang.String' to required type 'long'")).isFalse();
        assertThat(SafeMessages.isSafe("PreparedStatementCallback; SQL [INSERT INTO audit_log (event_key) VALUES (?)]")).isFalse();
        assertThat(SafeMessages.isSafe("select * from action_tracker where business_key = ?")).isFalse();
        assertThat(SafeMessages.isSafe("ENGINE-13033 Cannot find task")).isFalse();
        assertThat(SafeMessages.isSafe("ERROR: value too long for type character varying(32)\n\tat Foo.bar(Foo.java:12)")).isFalse();
        assertThat(SafeMessages.isSafe("NullPointerException")).isFalse();
        assertThat(SafeMessages.isSafe(null)).isFalse();
        assertThat(SafeMessages.isSafe("x".repeat(3000))).isFalse();
        assertThat(SafeMessages.orElse("org.h2.jdbc.JdbcSQLDataException: Value too long", "plain")).isEqualTo("plain");
    }
}
