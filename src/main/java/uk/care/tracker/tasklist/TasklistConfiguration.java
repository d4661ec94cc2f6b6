package uk.care.tracker.tasklist;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the engine API bulkhead (ADR 0005) on both engine APIs, after the REST API's authentication. */
@Configuration
public class TasklistConfiguration {

    /** After {@code ProcessEngineAuthenticationFilter} (100), before {@code EngineApiGate} (110). */
    static final int BULKHEAD_ORDER = 105;

    @Bean
    FilterRegistrationBean<EngineApiBulkhead> engineApiBulkhead(TasklistProperties properties) {
        FilterRegistrationBean<EngineApiBulkhead> registration = new FilterRegistrationBean<>(
                new EngineApiBulkhead(properties.engineApiConcurrency(), properties.engineApiQueueWait()));
        registration.setName("engineApiBulkhead");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(BULKHEAD_ORDER);
        return registration;
    }
}
