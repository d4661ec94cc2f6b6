package uk.care.tracker.notifications;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster-wide locks for scheduled steps (ShedLock on the {@code shedlock} table, migration V40; ADR 0006). The
 * lock's times are the database's clock ({@code usingDbTime}), so nodes whose clocks differ still agree, and the
 * demo clock (the engine's) never moves a lock.
 */
@Configuration
public class SchedulerLocks {

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    @Bean
    LockingTaskExecutor schedulerLocking(LockProvider schedulerLockProvider) {
        return new DefaultLockingTaskExecutor(schedulerLockProvider);
    }
}
