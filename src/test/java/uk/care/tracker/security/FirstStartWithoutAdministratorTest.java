package uk.care.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.care.tracker.TrackerApplication;

/**
 * The whole application, started as an operator would outside the demo (the {@code postgres} profile, here on an empty
 * in-memory H2 database) with no administrator configured: it must refuse to start and say why.
 */
class FirstStartWithoutAdministratorTest {

    @Test
    void the_application_refuses_to_start_without_an_administrator() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(TrackerApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run("--spring.datasource.url=jdbc:h2:mem:no-admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        // an engine name of its own, so that nothing else in this JVM sees it come and go
                        "--camunda.bpm.process-engine-name=no-admin-test",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--tracker.notifications.scheduling=false")
                .close());
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException && cause.getMessage().startsWith("Refusing"))) {
            cause = cause.getCause();
        }
        assertThat(cause.getMessage()).startsWith("Refusing to start: there is no administrator")
                .contains("CAMUNDA_BPM_ADMINUSER_ID");
    }
}
