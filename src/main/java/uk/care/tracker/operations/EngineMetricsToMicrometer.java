package uk.care.tracker.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * This node's engine counters as Prometheus counters, as they happen: {@code camunda_engine_events_total{event=...}}
 * with the engine's own names: {@code job-acquisition-attempt}, {@code job-acquired-success},
 * {@code job-acquired-failure} (another node took the job first), {@code job-successful}, {@code job-failed},
 * {@code job-locked-exclusive}, {@code activity-instance-start} and the rest. The engine keeps its own copy for
 * Cockpit and its database report as before; this only listens in.
 */
@Component
public class EngineMetricsToMicrometer extends AbstractProcessEnginePlugin {

    private final ObjectProvider<MeterRegistry> registry;

    public EngineMetricsToMicrometer(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getMetricsRegistry() == null) {
            configuration.setMetricsRegistry(new Forwarding(registry));
        }
    }

    static final class Forwarding extends MetricsRegistry {

        private final ObjectProvider<MeterRegistry> registry;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        Forwarding(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            Counter counter = counters.computeIfAbsent(name, this::counter);
            if (counter != null) {
                counter.increment(times);
            }
        }

        private Counter counter(String name) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null ? null : Counter.builder("camunda.engine.events").tag("event", name)
                    .description("Engine events on this node (Camunda's metric names)").register(meters);
        }
    }
}
