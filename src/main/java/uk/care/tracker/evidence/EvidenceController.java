package uk.care.tracker.evidence;

import java.io.IOException;
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
import uk.care.tracker.api.NotFound;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/** Upload and download of closure evidence. The upload answers the reference to enter in the follow-up form. */
@RestController
@RequestMapping("/api/evidence")
public class EvidenceController {

    private final EvidenceStore store;

    public EvidenceController(EvidenceStore store) {
        this.store = store;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<StoredEvidence> upload(@RequestParam("file") MultipartFile file,
                                                 @RequestParam(value = "businessKey", required = false) String businessKey,
                                                 CurrentUser user) throws IOException {
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
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(evidence.fileName()).build().toString())
                .header("Digest", "sha-256=" + evidence.sha256())
                .body(store.content(evidenceId));
    }

    /** The uploader and the oversight groups may read evidence; to anyone else it does not exist. */
    private StoredEvidence readable(String evidenceId, CurrentUser user) {
        return store.find(evidenceId)
                .filter(e -> e.uploadedBy().equals(user.userId()) || user.inAnyGroup(CareGroups.OVERSIGHT))
                .orElseThrow(() -> new NotFound("No evidence with the reference " + evidenceId));
    }
}
