package uk.care.tracker.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.care.tracker.api.ApiErrors.BadRequest;

/**
 * The report parameters {@code from}, {@code to} (ISO dates, both included), {@code team} and {@code manager}, read
 * in one place into the {@link ReportScope} a {@link ReportsController} endpoint takes, so every report checks them
 * the same way and a bad value is a 400 that says which parameter and why.
 */
@Configuration
public class ReportScopeBinding implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == ReportScope.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binderFactory) {
                return new ReportScope(date(request, "from"), date(request, "to"), request.getParameter("team"),
                        request.getParameter("manager"));
            }
        });
    }

    private static LocalDate date(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null; // the scope says how to give the period
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a date such as 2026-12-01");
        }
    }
}
