package uk.care.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer of the application: its pages, scripts, {@code /api}, {@code /engine-rest} and the
 * API description. The webapps under {@code /camunda} send their own (Camunda's header-security settings in
 * {@code application.yaml}); they get only the Referrer-Policy from here. HSTS is sent only over TLS (behind a proxy
 * that ends TLS, set {@code server.forward-headers-strategy} so that the request is known to be secure).
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;
    private final String hsts;

    public SecurityHeadersFilter(String contentSecurityPolicy, String hsts) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.hsts = hsts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!path.startsWith("/camunda/") && !path.equals("/camunda")) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (request.isSecure() && hsts != null && !hsts.isBlank()) {
                response.setHeader("Strict-Transport-Security", hsts);
            }
        }
        chain.doFilter(request, response);
    }
}
