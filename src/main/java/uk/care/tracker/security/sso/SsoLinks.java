package uk.care.tracker.security.sso;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the login pages (the start page, and Tasklist's, Cockpit's and Admin's sign-in forms) that single sign-on
 * is on and where it starts; without single sign-on this answers 404 and the pages offer the password form only.
 */
@RestController
@ConditionalOnProperty(name = "tracker.sso.enabled", havingValue = "true")
public class SsoLinks {

    static final String LOGIN = "/oauth2/authorization/sso";

    @GetMapping("/sso/status")
    public Map<String, String> status() {
        return Map.of("login", LOGIN, "logout", "/sso/logout");
    }
}
