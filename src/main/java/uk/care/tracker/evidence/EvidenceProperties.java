package uk.care.tracker.evidence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Upload limits for closure evidence. */
@ConfigurationProperties("tracker.evidence")
public record EvidenceProperties(long maxBytes, List<String> allowedTypes) {

    public EvidenceProperties {
        if (maxBytes <= 0) {
            maxBytes = 10L * 1024 * 1024;
        }
        allowedTypes = allowedTypes == null ? List.of() : List.copyOf(allowedTypes);
    }
}
