package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ReportAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.security.CurrentUser;

/**
 * {@code GET /api/reports/evidence-pack.pdf} and {@code .xlsx}: the inspection evidence pack for a period (optionally
 * one team), or for one staff member. For the oversight groups only; every pack handed out is written to the audit log.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
public class EvidencePackController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EvidencePack packs;
    private final EvidencePackPdf pdf;
    private final EvidencePackSpreadsheet spreadsheet;
    private final ReportAccess access;
    private final AuditLog audit;

    public EvidencePackController(EvidencePack packs, EvidencePackPdf pdf, EvidencePackSpreadsheet spreadsheet,
                                  ReportAccess access, AuditLog audit) {
        this.packs = packs;
        this.pdf = pdf;
        this.spreadsheet = spreadsheet;
        this.access = access;
        this.audit = audit;
    }

    @Operation(summary = "Inspection evidence pack as PDF: the KPIs and every item with its owner, dates, reviews, "
            + "escalations and closure evidence; for a period, or for one staff member (then the period is optional)")
    @GetMapping("/evidence-pack.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) String team,
                                      @RequestParam(required = false) String staffId,
                                      @Parameter(hidden = true) CurrentUser user) {
        return download(new EvidencePack.Request(from, to, team, staffId), user, pdf::write, MediaType.APPLICATION_PDF, "pdf");
    }

    @Operation(summary = "Inspection evidence pack as a spreadsheet (the same contents; for one staff member also the "
            + "staff directory entry and the audit trail, which answer a subject access request)")
    @GetMapping("/evidence-pack.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(required = false) String team,
                                       @RequestParam(required = false) String staffId,
                                       @Parameter(hidden = true) CurrentUser user) {
        return download(new EvidencePack.Request(from, to, team, staffId), user, spreadsheet::write, XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> download(EvidencePack.Request request, CurrentUser user,
                                            Function<EvidencePack.Contents, byte[]> writer, MediaType type, String extension) {
        access.requireOversight(user);
        EvidencePack.Contents pack = packs.build(request, user.userId());
        byte[] body = writer.apply(pack);
        String fileName = pack.fileName() + "." + extension;
        audit.record(AuditEvent.of("evidence-pack:" + UUID.randomUUID(), user.userId(), "EVIDENCE_PACK_GENERATED",
                "%s with %d items (%s)".formatted(fileName, pack.items().size(), pack.scopeLine())));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
