package uk.care.tracker.tasklist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keeps Tasklist's reads from taking the connections the job executor and the reminder scan need (ADR 0005).
 *
 * @param databaseTuning      create the index and statistics the authorization-checked task query needs on
 *                            PostgreSQL, and open its connections with {@link #postgresOptions}; off only to measure
 *                            the application without them ({@code scripts/benchmark-tasklist --before})
 * @param postgresOptions     run-time settings for every PostgreSQL connection of the pool (the driver's
 *                            {@code options} property): plans made with the parameter values, no JIT compilation
 * @param engineApiConcurrency at most this many requests to the engine APIs ({@code /engine-rest},
 *                            {@code /camunda/api/engine}) run at once; keep it below the pool size, so the rest of
 *                            the pool stays free for the job executor, the reminder scan and the application's pages
 * @param engineApiQueueWait  how long a request waits for its turn before it is answered 503 with Retry-After
 * @param responseCache       keep each caller's filter counts and first pages until anything they depend on changes
 *                            ({@link FilterResponseCache}; PostgreSQL only); off only to measure without it
 * @param responseCacheMegabytes at most this much memory for stored answers (least recently used go first)
 * @param versionShards       rows of the Tasklist version ({@link TaskVisibilityVersion}) that committing writers
 *                            spread over, so that they do not queue for one row; 1 only to measure the single row
 * @param narrowVersions      a change to a task moves only the versions of those who may see it (ADR 0005, decision 6);
 *                            false compares every answer with the sum of all versions, so that any change to anything
 *                            watched throws every stored answer away (decision 5 alone; {@code scripts/benchmark-tasklist
 *                            --global-version} measures it)
 */
@ConfigurationProperties("tracker.tasklist")
public record TasklistProperties(Boolean databaseTuning, String postgresOptions, int engineApiConcurrency,
                                 Duration engineApiQueueWait, Boolean responseCache, int responseCacheMegabytes,
                                 int versionShards, Boolean narrowVersions) {

    public static final String DEFAULT_POSTGRES_OPTIONS = "-c plan_cache_mode=force_custom_plan -c jit=off";

    public TasklistProperties {
        if (databaseTuning == null) {
            databaseTuning = true;
        }
        if (postgresOptions == null) {
            postgresOptions = DEFAULT_POSTGRES_OPTIONS;
        }
        if (engineApiConcurrency <= 0) {
            engineApiConcurrency = 6;
        }
        if (engineApiQueueWait == null || engineApiQueueWait.isNegative()) {
            engineApiQueueWait = Duration.ofSeconds(10);
        }
        if (responseCache == null) {
            responseCache = true;
        }
        if (responseCacheMegabytes <= 0) {
            responseCacheMegabytes = 32;
        }
        if (versionShards <= 0) {
            versionShards = 16;
        }
        if (narrowVersions == null) {
            narrowVersions = true;
        }
    }
}
