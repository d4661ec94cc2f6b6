package uk.care.tracker.evidence;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.care.tracker.api.PathReferences;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.ProcessFacts;

/**
 * The evidence part of every form that can close an action (the supervision follow-up check, the probation
 * verification): the same field keys, the same kinds of evidence and the same rule, "an action cannot be closed
 * as complete without evidence". Forms name their fields with the constants below.
 */
@Component
public class ClosureEvidence {

    /** Form field: the person confirms they have seen (checked) the evidence. */
    public static final String SEEN = "evidenceSeen";
    /** Form field: one of {@link Type}. */
    public static final String TYPE = "evidenceType";
    /** Form field: what was seen, where it is kept, what it shows. */
    public static final String DESCRIPTION = "evidenceDescription";
    /** Form field: the reference of an uploaded file (optional). */
    public static final String FILE_ID = "evidenceId";

    /** Kinds of evidence. A statement alone is accepted but counts as weak evidence in the reports. */
    public enum Type {
        AUDIT_EVIDENCE,
        TRAINING_CONFIRMATION,
        OBSERVATION_NOTES,
        OTHER_DOCUMENT,
        STATEMENT_ONLY
    }

    private static final List<String> TYPE_NAMES = Arrays.stream(Type.values()).map(Type::name).toList();

    private final EvidenceStore store;

    public ClosureEvidence(EvidenceStore store) {
        this.store = store;
    }

    /**
     * Adds every problem with the evidence fields to {@code check}: a kind, a description of at least 10 visible
     * characters, an attachment that exists and was uploaded for this item ({@code businessKey}) if one is
     * referenced, and, to close as complete, evidence seen.
     */
    public void check(EntryCheck check, ProcessFacts facts, String businessKey, boolean closingAsComplete) {
        check.require(EntryCheck.isOneOf(facts.string(TYPE), TYPE_NAMES), "Choose the type of evidence.");
        check.requireText(facts.string(DESCRIPTION), 10, 4000, "Describe the evidence you checked");
        String fileId = facts.string(FILE_ID);
        if (fileId != null) {
            StoredEvidence file = PathReferences.isEvidenceId(fileId) ? store.find(fileId).orElse(null) : null;
            if (file == null) {
                check.problem("No uploaded evidence has the reference '" + EntryCheck.shown(fileId)
                        + "'. Upload the file first and copy its reference.");
            } else if (businessKey == null || !businessKey.equals(file.businessKey())) {
                check.problem("The evidence '" + fileId + "' was not uploaded for " + (businessKey == null ? "this item" : businessKey)
                        + ". A closure may cite only evidence uploaded for the same action: upload the file with the "
                        + "action reference " + (businessKey == null ? "" : businessKey + " ") + "and use its new reference.");
            }
        }
        if (closingAsComplete) {
            check.require(facts.flag(SEEN),
                    "An action cannot be closed as complete without evidence: confirm that you have seen the evidence.");
        }
    }
}
