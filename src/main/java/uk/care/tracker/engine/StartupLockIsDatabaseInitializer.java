package uk.care.tracker.engine;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Declares {@link ClusterStartupLock} a database initializer, so that the process engine (which
 * {@link EngineDependsOnFlyway} makes wait for every initializer) is built only once this node holds the start-up
 * lock. Registered in META-INF/spring.factories.
 */
public class StartupLockIsDatabaseInitializer extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(ClusterStartupLock.class);
    }
}
