package uk.care.tracker.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.PathReferences;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.RegisterItemSource;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.TrackedItem.Attachment;

/**
 * Evidence files referenced from a closure (Tasklist's forms have no file picker in Camunda 7, so files are
 * uploaded here and the form carries the reference). Stored once with a SHA-256 checksum and never changed.
 */
@Component
public class EvidenceStore implements RegisterItemSource.Attachments {

    private final JdbcTemplate jdbc;
    private final EvidenceProperties limits;
    private final Clock clock;
    private final AuditLog audit;

    public EvidenceStore(JdbcTemplate jdbc, EvidenceProperties limits, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        this.audit = audit;
    }

    /** The size of the file name column (migration V1). */
    static final int MAX_FILE_NAME = 255;

    /**
     * Stores a file after checking it: a name, some content within the limit, and a content, extension and
     * declared type that agree on an accepted kind ({@link EvidenceTypes}). The business key, when given, ties
     * the file to one item: only that item's closure may cite it.
     */
    @Transactional
    public StoredEvidence store(String fileName, String declaredType, byte[] content, String businessKey, String user) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}\\p{Cf}]", "_").strip();
        if (EntryCheck.isBlank(name)) {
            throw new BadRequest("The file has no name");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw new BadRequest("The file's name is longer than " + MAX_FILE_NAME + " characters; rename it and upload it again");
        }
        if (businessKey != null && !businessKey.isBlank() && !PathReferences.isBusinessKey(businessKey.strip())) {
            throw new BadRequest("'" + EntryCheck.shown(businessKey) + "' is not an action reference (like SA-2026-000042)");
        }
        if (content == null || content.length == 0) {
            throw new BadRequest("The file '" + name + "' is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new BadRequest("The file '" + name + "' is " + content.length / 1024 + " KB; the limit is "
                    + limits.maxBytes() / 1024 + " KB");
        }
        EvidenceTypes.Verdict verdict = EvidenceTypes.check(content, name, declaredType, limits.allowedTypes());
        if (!verdict.accepted()) {
            throw new BadRequest(verdict.refusal());
        }
        String type = verdict.type();
        String id = UUID.randomUUID().toString();
        String sha256 = sha256(content);
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update("""
                INSERT INTO evidence_file (id, file_name, content_type, size_bytes, sha256, content, business_key,
                                           uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, name, type, content.length, sha256, content, blankToNull(businessKey), user, now);
        audit.record(new AuditEvent("evidence:" + id, user, "EVIDENCE_UPLOADED", blankToNull(businessKey), null, null, null,
                "%s (%s, %d bytes, sha256 %s)".formatted(name, type, content.length, sha256)));
        return new StoredEvidence(id, name, type, content.length, sha256, blankToNull(businessKey), user, now.toInstant());
    }

    public Optional<StoredEvidence> find(String evidenceId) {
        return jdbc.query("""
                SELECT id, file_name, content_type, size_bytes, sha256, business_key, uploaded_by, uploaded_at
                FROM evidence_file WHERE id = ?""", EvidenceStore::map, evidenceId).stream().findFirst();
    }

    /** The attachment a register row references, as a tracked item shows it; null for no reference. */
    @Override
    public Attachment attachment(String evidenceId) {
        return evidenceId == null ? null : find(evidenceId).map(EvidenceStore::attachment).orElse(null);
    }

    /** Every stored file as an attachment, by reference: for building many tracked items with one query. */
    @Override
    public Map<String, Attachment> attachments() {
        Map<String, Attachment> all = new HashMap<>();
        jdbc.query("SELECT id, file_name, sha256 FROM evidence_file", rs -> {
            all.put(rs.getString("id"), new Attachment(rs.getString("id"), rs.getString("file_name"), rs.getString("sha256")));
        });
        return all;
    }

    private static Attachment attachment(StoredEvidence e) {
        return new Attachment(e.evidenceId(), e.fileName(), e.sha256());
    }

    public byte[] content(String evidenceId) {
        return jdbc.queryForObject("SELECT content FROM evidence_file WHERE id = ?", byte[].class, evidenceId);
    }

    public boolean exists(String evidenceId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file WHERE id = ?", Integer.class, evidenceId);
        return count != null && count > 0;
    }

    private static StoredEvidence map(ResultSet rs, int row) throws SQLException {
        return new StoredEvidence(rs.getString("id"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("business_key"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
