package uk.care.tracker.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.stubbing.Answer;
import uk.care.tracker.calendar.DueDates;

/**
 * A process engine for the BPMN path tests: in memory (H2), no job executor (the test runs each job, timers
 * included, when it chooses), and every bean a model names ({@code ${recordOverdueReview}}, {@code ${dueDates}})
 * answered by a Mockito mock, so a path test needs no Spring context and no database of the application's.
 * Built once for all path tests: the engine costs seconds, a deployment milliseconds.
 */
public final class PathTestEngine {

    private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    /** What {@code dueDates} answers for every date: far enough away that no timer is due until a test fires it. */
    public static final Date SOME_DAY = Date.from(Instant.parse("2099-01-01T00:00:00Z"));

    private PathTestEngine() {
    }

    private static ProcessEngine engine;

    /** An extension around the one path-test engine of this JVM; each test class deploys its own models. */
    public static synchronized ProcessEngineExtension extension() {
        if (engine == null) {
            engine = build();
        }
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }

    private static ProcessEngine build() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:path-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEngineName("path-test-" + UUID.randomUUID());
        return configuration.buildProcessEngine();
    }

    /**
     * Registers a mock for every delegate and listener the model names, and a {@code dueDates} that answers
     * {@link #SOME_DAY}. Answers the mocks by bean name; each is both a {@link JavaDelegate} and an
     * {@link ExecutionListener}, as the model uses it.
     */
    public static Map<String, Object> mockBeans(String... resources) {
        Mocks.reset();
        Map<String, Object> beans = new LinkedHashMap<>();
        for (String resource : resources) {
            Matcher names = BEAN.matcher(read(resource));
            while (names.find()) {
                beans.computeIfAbsent(names.group(1), name -> mock(JavaDelegate.class,
                        withSettings().name(name).extraInterfaces(ExecutionListener.class)));
            }
        }
        beans.put("dueDates", mock(DueDates.class, invocation ->
                Date.class.equals(invocation.getMethod().getReturnType()) ? SOME_DAY : null));
        beans.forEach(Mocks::register);
        return beans;
    }

    /**
     * Makes a mocked delegate or listener set process variables when it runs, as the real one would:
     * {@code name, value, ...}.
     */
    public static void sets(Object bean, Object... namesAndValues) {
        Answer<Void> setting = invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                execution.setVariable((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return null;
        };
        try {
            doAnswer(setting).when((JavaDelegate) bean).execute(any());
            doAnswer(setting).when((ExecutionListener) bean).notify(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PathTestEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
