package uk.care.tracker.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.api.PathReferences;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.TrackedItemSource;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/** Upload and download of closure evidence. The upload answers the reference to enter in the follow-up form. */
@RestController
@RequestMapping("/api/evidence")
public class EvidenceController {

    private final EvidenceStore store;
    private final List<TrackedItemSource> items;

    public EvidenceController(EvidenceStore store, List<TrackedItemSource> items) {
        this.store = store;
        this.items = items;
    }

    /**
     * Stores a file for one item: the business key is required, and must name an item the uploader can see (as
     * {@code GET /api/actions/{businessKey}} would show it), because only that item's closure may cite the file.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<StoredEvidence> upload(@RequestParam("file") MultipartFile file,
                                                 @RequestParam(value = "businessKey", required = false) String businessKey,
                                                 CurrentUser user) throws IOException {
        String key = businessKey == null ? "" : businessKey.strip();
        if (key.isEmpty()) {
            throw new BadRequest("Give the reference of the action this evidence is for (like SA-2026-000042): "
                    + "only that action's closure can cite it.");
        }
        if (!PathReferences.isBusinessKey(key) || !visible(key, user)) {
            throw new BadRequest("There is no action '" + EntryCheck.shown(key) + "' that you can add evidence to.");
        }
        businessKey = key;
        StoredEvidence stored = store.store(file.getOriginalFilename(), file.getContentType(), file.getBytes(), businessKey,
                user.userId());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping("/{evidenceId}")
    public StoredEvidence describe(@PathVariable String evidenceId, CurrentUser user) {
        return readable(evidenceId, user);
    }

    @GetMapping("/{evidenceId}/content")
    public ResponseEntity<byte[]> download(@PathVariable String evidenceId, CurrentUser user) {
        StoredEvidence evidence = readable(evidenceId, user);
        // always a download, never a page: the browser saves the file and does not guess another type for it
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore())
                .header("Digest", "sha-256=" + evidence.sha256())
                .body(store.content(evidenceId));
    }

    private boolean visible(String businessKey, CurrentUser user) {
        String prefix = businessKey.substring(0, businessKey.indexOf('-'));
        return items.stream()
                .filter(source -> source.prefix().equals(prefix))
                .findFirst()
                .flatMap(source -> source.find(businessKey))
                .filter(found -> user.inAnyGroup(CareGroups.OVERSIGHT) || found.participants().contains(user.userId()))
                .isPresent();
    }

    /** The uploader and the oversight groups may read evidence; to anyone else it does not exist. */
    private StoredEvidence readable(String evidenceId, CurrentUser user) {
        return store.find(evidenceId)
                .filter(e -> e.uploadedBy().equals(user.userId()) || user.inAnyGroup(CareGroups.OVERSIGHT))
                .orElseThrow(() -> new NotFound("No evidence with the reference " + evidenceId));
    }
}
