package uk.care.tracker.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers, on both engine APIs and after the REST API's authentication (100) and {@code EngineApiGate} (110), the
 * filter response cache and then the engine API bulkhead (ADR 0005): an answer served from memory holds no place in
 * the bulkhead and waits behind no query.
 */
@Configuration
public class TasklistConfiguration {

    static final int CACHE_ORDER = 112;
    static final int BULKHEAD_ORDER = 115;

    @Bean
    FilterRegistrationBean<FilterResponseCache> filterResponseCache(ProcessEngine engine, TaskVisibilityVersion version,
                                                                    TasklistProperties properties) {
        FilterRegistrationBean<FilterResponseCache> registration = new FilterRegistrationBean<>(
                new FilterResponseCache(engine.getIdentityService(), version, properties.responseCacheMegabytes() * 1024L * 1024L));
        registration.setName("filterResponseCache");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(CACHE_ORDER);
        return registration;
    }

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
