package uk.care.tracker.security.sso;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the login pages (the start page, and Tasklist's, Cockpit's and Admin's sign-in forms) whether single sign-on
 * is on and where it starts. It always answers, {@code {"enabled":false}} without single sign-on: a 404 here would
 * put an error in the browser's console on every page, and the pages then offer the password form only.
 */
@RestController
public class SsoLinks {

    static final String LOGIN = "/oauth2/authorization/sso";

    private final boolean enabled;

    public SsoLinks(@Value("${tracker.sso.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @GetMapping("/sso/status")
    public Map<String, Object> status() {
        return enabled ? Map.of("enabled", true, "login", LOGIN, "logout", "/sso/logout") : Map.of("enabled", false);
    }
}
