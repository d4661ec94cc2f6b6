package uk.care.tracker.evidence;

import java.time.Instant;

/** A stored evidence file, without its content. */
public record StoredEvidence(String evidenceId, String fileName, String contentType, long sizeBytes, String sha256,
                             String businessKey, String uploadedBy, Instant uploadedAt) {
}
