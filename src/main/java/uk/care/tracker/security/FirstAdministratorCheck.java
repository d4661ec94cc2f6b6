package uk.care.tracker.security;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Safe first start: outside the demo profile the application refuses to start unless an administrator exists, either
 * configured ({@code camunda.bpm.admin-user.id} and {@code .password}, created by Camunda when the engine is built) or
 * already a member of {@code camunda-admin} in the database. Without this, the Admin webapp would offer its setup
 * page, and the first stranger to find it would become administrator. Runs once the engine is built and before the
 * web server takes requests.
 */
@Component
public class FirstAdministratorCheck implements InitializingBean {

    static final String ADMIN_ID = "camunda.bpm.admin-user.id";
    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";

    private final ProcessEngine engine;
    private final Environment environment;

    public FirstAdministratorCheck(ProcessEngine engine, Environment environment) {
        this.engine = engine;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        long administrators = engine.getIdentityService().createUserQuery().memberOfGroup(CareGroups.ADMINS).count();
        problem(demo, environment.getProperty(ADMIN_ID), environment.getProperty(ADMIN_PASSWORD), administrators)
                .ifPresent(message -> {
                    throw new IllegalStateException(message);
                });
    }

    /** Why the application must not start, or empty when it may. */
    static Optional<String> problem(boolean demo, String configuredId, String configuredPassword, long administrators) {
        if (demo) {
            return Optional.empty();
        }
        boolean idConfigured = configuredId != null && !configuredId.isBlank();
        if (idConfigured && (configuredPassword == null || configuredPassword.isBlank())) {
            return Optional.of("Refusing to start: camunda.bpm.admin-user.id is set but no password is "
                    + "(Camunda would then use the user name as the password). Set CAMUNDA_BPM_ADMINUSER_PASSWORD "
                    + "from your secret store; see README, Security.");
        }
        if (administrators == 0) {
            return Optional.of("Refusing to start: there is no administrator. Outside the demo profile, name the first "
                    + "administrator with CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD "
                    + "(camunda.bpm.admin-user.id and .password); no member of camunda-admin exists in the database and "
                    + "none is configured, and the webapps' setup page is switched off. See README, Security.");
        }
        return Optional.empty();
    }
}
