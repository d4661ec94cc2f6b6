package uk.care.tracker.security.sso;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on with OpenID Connect (ADR 0009), on only with {@code tracker.sso.enabled} (profile {@code sso}).
 * Spring Security handles exactly two things, and only on the paths named in {@link #ssoFilters()}:
 * <ul>
 *   <li>the authorization-code login ({@code /oauth2/authorization/sso}, {@code /login/oauth2/code/sso}) and the
 *       logout ({@code POST /sso/logout}); the login ends in an ordinary Camunda login in the session;</li>
 *   <li>JWT bearer tokens on {@code /api} and {@code /engine-rest}: checked here, then handed as a
 *       {@link uk.care.tracker.security.CurrentUser} to the same API filters, engine gate and authorizations as a
 *       password login.</li>
 * </ul>
 * Everything else (local logins, the webapps' session, the gates) is untouched; without single sign-on Spring
 * Security is not in the filter chain at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tracker.sso.enabled", havingValue = "true")
@EnableWebSecurity
public class SsoConfiguration {

    /** Before the engine REST API's authentication (order 100) and the API's (last), after the login throttle. */
    private static final int ORDER = -100;

    @Bean
    GroupMapping ssoGroupMapping(SsoProperties properties,
                                 @Value("${spring.security.oauth2.client.registration.sso.client-secret:}") String clientSecret) {
        if (clientSecret.isBlank()) {
            // docker-compose.yml gives it an empty default so that its other profiles validate without it
            throw new IllegalStateException("Single sign-on is on but SSO_CLIENT_SECRET is empty: set it to the client secret"
                    + " registered at the identity provider (README, 'Sign in with your organisation's accounts')");
        }
        return GroupMapping.parse(properties.groups());
    }

    @Bean
    SsoIdentities ssoIdentities(ProcessEngine engine, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                SsoProperties properties) {
        return new SsoIdentities(engine.getIdentityService(), jdbc, new TransactionTemplate(transactions), properties.linkLocalUsers());
    }

    @Bean
    SsoLoginHandler ssoLoginHandler(ProcessEngine engine, SsoIdentities identities, GroupMapping mapping, SsoProperties properties) {
        return new SsoLoginHandler(engine, identities, mapping, properties);
    }

    @Bean
    DelegatingFilterProxyRegistrationBean ssoFilters() {
        DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        registration.setName("single-sign-on");
        registration.addUrlPatterns("/oauth2/*", "/login/oauth2/*", "/sso/*", "/api/*", "/engine-rest/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ORDER);
        return registration;
    }

    /** Requests to the APIs that carry a bearer token; every other API request goes on to the password filters. */
    static boolean isBearerApiRequest(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && (path.startsWith("/api/") || path.startsWith("/engine-rest/"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain bearerTokens(HttpSecurity http, SsoProperties properties, GroupMapping mapping, SsoIdentities identities)
            throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        http.securityMatcher(SsoConfiguration::isBearerApiRequest)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new BearerTokenPerson(properties, mapping, identities)))
                        .authenticationEntryPoint((request, response, e) -> {
                            challenge.commence(request, response, e);
                            json(response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer token refused: " + e.getMessage());
                        })
                        .accessDeniedHandler((request, response, e) -> json(response, HttpServletResponse.SC_FORBIDDEN,
                                "The token's groups map to no care group of this application (tracker.sso.groups)")))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(BearerTokenPerson.MAPPED))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // a bearer token is not sent by the browser on its own, so a forged cross-site request cannot carry one
                .csrf(csrf -> csrf.disable())
                // SecurityHeadersFilter sets the headers for everything outside the webapps
                .headers(headers -> headers.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signOn(HttpSecurity http, SsoLoginHandler handler, ClientRegistrationRepository clients) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler endAtIdentityProvider = new OidcClientInitiatedLogoutSuccessHandler(clients);
        endAtIdentityProvider.setPostLogoutRedirectUri("{baseUrl}/");
        endAtIdentityProvider.setRedirectStrategy(SsoConfiguration::redirectOrTell);
        // PKCE as well as the client secret: a stolen authorization code is worth nothing without the verifier
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.securityMatcher("/oauth2/**", "/login/oauth2/**", "/sso/**")
                .oauth2Login(login -> login.successHandler(handler).failureHandler(handler)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sso/logout"))
                        .logoutSuccessHandler(endAtIdentityProvider))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the login is a chain of redirects checked by state and nonce; logout is POST only
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable());
        return http.build();
    }

    /**
     * The start page signs out with {@code fetch} and then goes to the identity provider itself: its
     * Content-Security-Policy ({@code form-action 'self'}) would stop a form whose answer redirects to another site.
     */
    private static void redirectOrTell(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"location\":\"" + url.replace("\\", "%5C").replace("\"", "%22") + "\"}");
        } else {
            response.sendRedirect(url);
        }
    }

    static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "'").replaceAll("[\\r\\n\\t]", " ") + "\"}");
    }
}
