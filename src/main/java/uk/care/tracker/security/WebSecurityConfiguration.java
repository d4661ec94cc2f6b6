package uk.care.tracker.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.care.tracker.engine.FormFields;

/**
 * Both APIs require a Camunda user: {@code /engine-rest} with HTTP Basic (Camunda's own filter), {@code /api}
 * with HTTP Basic or the login session; with single sign-on both also take a verified bearer token
 * ({@link BearerTokens}, ADR 0009). Tasklist, Cockpit and Admin keep their own session login. What care users may
 * ask of the engine through either engine API is the {@link EngineApiGate}'s allow-list.
 */
@Configuration
public class WebSecurityConfiguration implements WebMvcConfigurer {

    static final int ENGINE_REST_AUTHENTICATION_ORDER = 100;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", BearerTokens.EngineRestAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
        return registration;
    }

    /** After the engine REST API's authentication, whose login it reads. */
    @Bean
    FilterRegistrationBean<EngineApiGate> engineApiGate(ProcessEngine engine, FormFields forms) {
        FilterRegistrationBean<EngineApiGate> registration =
                new FilterRegistrationBean<>(new EngineApiGate(engine.getIdentityService(), forms));
        registration.setName("engine-api-gate");
        registration.addUrlPatterns(EngineApiGate.REST_ROOT + "/*", EngineApiGate.WEBAPP_ROOT + "/*");
        registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Lets controllers take a {@link CurrentUser} parameter. */
    @Override
    public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentUser.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binderFactory) {
                return ((HttpServletRequest) request.getNativeRequest()).getAttribute(ApiAuthenticationFilter.CURRENT_USER);
            }
        });
    }
}
