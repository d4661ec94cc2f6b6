package uk.care.tracker.evidence;

import java.nio.charset.StandardCharsets;
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
import uk.care.tracker.calendar.Clock;
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

    @Transactional
    public StoredEvidence store(String fileName, String declaredType, byte[] content, String businessKey, String user) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
        if (name.isEmpty()) {
            throw new BadRequest("The file has no name");
        }
        if (content == null || content.length == 0) {
            throw new BadRequest("The file '" + name + "' is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new BadRequest("The file '" + name + "' is " + content.length / 1024 + " KB; the limit is "
                    + limits.maxBytes() / 1024 + " KB");
        }
        String type = FileTypes.detect(content, name);
        if (type == null || !limits.allowedTypes().contains(type)) {
            throw new BadRequest("The file '" + name + "' is not an accepted kind of evidence. Upload a PDF, a photo "
                    + "(PNG or JPEG), a Word or Excel document, or a plain text file.");
        }
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

    /** Recognises the accepted kinds by their first bytes, not by the name or the browser's claim. */
    static final class FileTypes {
        private FileTypes() {
        }

        static String detect(byte[] c, String name) {
            String lower = name.toLowerCase();
            if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
                return "application/pdf";
            }
            if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
                return "image/png";
            }
            if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
                return "image/jpeg";
            }
            if (startsWith(c, new byte[] {'P', 'K', 3, 4})) {
                if (lower.endsWith(".docx")) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (lower.endsWith(".xlsx")) {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
                return null;
            }
            if ((lower.endsWith(".txt") || lower.endsWith(".csv")) && isText(c)) {
                return "text/plain";
            }
            return null;
        }

        private static boolean startsWith(byte[] content, byte[] prefix) {
            if (content.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (content[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isText(byte[] content) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
