package uk.care.tracker.staff;

import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;
import uk.care.tracker.staff.StaffCsvImport.ImportResult;

/** {@code GET /api/staff} and {@code POST /api/staff/import} of SPEC section 8. */
@RestController
@RequestMapping("/api/staff")
public class StaffController {

    private final StaffDirectory directory;
    private final StaffCsvImport importer;

    public StaffController(StaffDirectory directory, StaffCsvImport importer) {
        this.directory = directory;
        this.importer = importer;
    }

    @GetMapping
    public List<StaffMember> all() {
        return directory.findAll();
    }

    /** The CSV as the request body ({@code text/csv}). */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ImportResult importCsv(@RequestBody byte[] csv, CurrentUser user) {
        requireEditor(user);
        return importer.importBytes(csv, user.userId(), "request body");
    }

    /** The CSV as an uploaded file (a browser form with a field named {@code file}). */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportResult importFile(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        requireEditor(user);
        return importer.importBytes(file.getBytes(), user.userId(), file.getOriginalFilename());
    }

    private static void requireEditor(CurrentUser user) {
        if (!user.inAnyGroup(CareGroups.STAFF_DIRECTORY_EDITORS)) {
            throw new Forbidden("Only HR leads, registered managers and administrators may import the staff directory");
        }
    }
}
