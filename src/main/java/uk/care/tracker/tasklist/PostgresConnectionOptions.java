package uk.care.tracker.tasklist;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Opens every PostgreSQL connection of the pool with {@code tracker.tasklist.postgres-options} (ADR 0005), before the
 * pool starts:
 * <ul>
 *   <li>{@code plan_cache_mode=force_custom_plan}: the driver turns a statement into a server-side prepared one after
 *   five uses, and PostgreSQL then switches to a generic plan made without the parameter values. For Camunda's
 *   authorization join that generic plan is the quadratic one (it cannot see {@code PERMS_ & 2 = 2}, nor use the
 *   partial index of {@link TaskAuthorizationIndex}), so every plan is made with the values.</li>
 *   <li>{@code jit=off}: the task query's cost estimate is high enough for PostgreSQL to JIT-compile it, which took
 *   longer (about 1 s here) than running it (about 0.3 s); the application's queries are short.</li>
 * </ul>
 * Other databases (H2) are left alone. An {@code options} already set in
 * {@code spring.datasource.hikari.data-source-properties} is kept.
 */
@Component
public class PostgresConnectionOptions implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(PostgresConnectionOptions.class);

    /** Bound here rather than injected: a post-processor is created before the configuration properties beans. */
    private TasklistProperties properties = new TasklistProperties(null, null, 0, null, null, 0, 0, null);

    @Override
    public void setEnvironment(Environment environment) {
        properties = Binder.get(environment).bind("tracker.tasklist", TasklistProperties.class).orElse(properties);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && properties.databaseTuning() && !properties.postgresOptions().isBlank()
                && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getDataSourceProperties().containsKey("options") && !hikari.isRunning()) {
            hikari.addDataSourceProperty("options", properties.postgresOptions());
            log.info("PostgreSQL connections of {} open with options {}", beanName, properties.postgresOptions());
        }
        return bean;
    }
}
