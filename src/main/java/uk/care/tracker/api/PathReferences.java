package uk.care.tracker.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * References in the application's API paths have a known shape: a business key such as {@code SA-2026-000042}
 * (at most 32 characters, its column's size) and an evidence reference (a UUID). Anything else names nothing, so
 * it answers 404 before a controller or the database sees it: a 300-character key is not a question for SQL.
 * A NUL character in any parameter (which PostgreSQL cannot store or compare in text) answers 400.
 */
@Configuration
public class PathReferences implements WebMvcConfigurer, HandlerInterceptor {

    /** The application's business keys: a prefix, the year, a number ({@code registers/BusinessKeys}). */
    public static final Pattern BUSINESS_KEY = Pattern.compile("[A-Z]{1,8}-\\d{4}-\\d{6,15}");
    public static final Pattern EVIDENCE_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final int BUSINESS_KEY_MAX = 32;

    /** True for a business key the application could have given, within its column's size. */
    public static boolean isBusinessKey(String value) {
        return value != null && value.length() <= BUSINESS_KEY_MAX && BUSINESS_KEY.matcher(value).matches();
    }

    public static boolean isEvidenceId(String value) {
        return value != null && EVIDENCE_ID.matcher(value).matches();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value != null && value.indexOf('\0') >= 0;
            }
            if (nul) {
                throw new ApiErrors.BadRequest("The parameter '" + uk.care.tracker.engine.EntryCheck.shown(parameter.getKey())
                        + "' contains a NUL character, which is never a valid value.");
            }
        }
        Object attribute = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (attribute instanceof Map<?, ?> variables) {
            Object businessKey = variables.get("businessKey");
            if (businessKey != null && !isBusinessKey(businessKey.toString())) {
                throw new NotFound("No tracked item has that reference (references look like SA-2026-000042)");
            }
            Object evidenceId = variables.get("evidenceId");
            if (evidenceId != null && !isEvidenceId(evidenceId.toString())) {
                throw new NotFound("No evidence has that reference");
            }
        }
        return true;
    }
}
