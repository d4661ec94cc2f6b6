package uk.care.tracker.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the web hardening filters (issue 10, items 6, 7 and 10) ahead of Camunda's own filters and the API's
 * authentication: security headers, login throttling, the webapps' administration-API gate, and a login for the
 * OpenAPI description and Swagger UI. See README, Security.
 */
@Configuration
public class WebHardeningConfiguration {

    /** Right after Spring's character-encoding filter, before Camunda's webapp and REST filters. */
    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
            @Value("${tracker.security.hsts:max-age=31536000; includeSubDomains}") String hsts) {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
                new SecurityHeadersFilter(ContentSecurityPolicy.forStaticPages("classpath*:static/*.html"), hsts));
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(FIRST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottling(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("login-throttling");
        registration.addUrlPatterns("/camunda/api/admin/auth/*", "/engine-rest/*", "/api/*", "/v3/api-docs", "/v3/api-docs/*",
                "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(FIRST + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappApiGate> webappApiGate(ProcessEngine engine) {
        FilterRegistrationBean<WebappApiGate> registration = new FilterRegistrationBean<>(new WebappApiGate(engine.getName()));
        registration.setName("webapp-admin-api-gate");
        registration.addUrlPatterns("/camunda/api/*");
        registration.setOrder(FIRST + 2);
        return registration;
    }

    /** The OpenAPI description and Swagger UI need a Camunda user, like the API they describe. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiDescriptionAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
        registration.setName("api-description-authentication");
        registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(FIRST + 3);
        return registration;
    }
}
