package uk.care.tracker.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys processes, decisions and forms under names like {@code processes/supervision-action.bpmn}, whether
 * they come from the jar or from {@code target/classes}. Without it the engine sees absolute file paths under
 * {@code spring-boot:run} and plain names under {@code java -jar}, and deploys a new version on every switch.
 */
@Component
public class StableResourceNames extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentResources() != null) {
            spring.setDeploymentResources(Arrays.stream(spring.getDeploymentResources())
                    .map(StableResourceNames::named)
                    .toArray(Resource[]::new));
        }
    }

    static Resource named(Resource resource) {
        try {
            return new NamedResource(resource.getContentAsByteArray(), stableName(resource.getURL().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read deployment resource " + resource, e);
        }
    }

    /** The path from the last {@code processes/} or {@code forms/} folder on. */
    static String stableName(String url) {
        int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
        return at >= 0 ? url.substring(at + 1) : url.substring(url.lastIndexOf('/') + 1);
    }

    /** Camunda's Spring deployment takes the name of a {@link ContextResource} from its path within the context. */
    private static final class NamedResource extends ByteArrayResource implements ContextResource {
        private final String name;

        NamedResource(byte[] content, String name) {
            super(content, name);
            this.name = name;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedResource that && that.name.equals(name) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
