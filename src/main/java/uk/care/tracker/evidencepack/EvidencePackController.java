package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ReportAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

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
    @GetMapping(value = "/evidence-pack.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public void pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String team,
                    @RequestParam(required = false) String staffId,
                    @Parameter(hidden = true) CurrentUser user, HttpServletResponse response) throws IOException {
        download(new EvidencePack.Request(from, to, team, staffId), user, pdf::write, MediaType.APPLICATION_PDF, "pdf", response);
    }

    @Operation(summary = "Inspection evidence pack as a spreadsheet (the same contents; for one staff member also the "
            + "staff directory entry and the audit trail, which answer a subject access request)")
    @GetMapping(value = "/evidence-pack.xlsx", produces = XLSX_VALUE)
    public void xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) String team,
                     @RequestParam(required = false) String staffId,
                     @Parameter(hidden = true) CurrentUser user, HttpServletResponse response) throws IOException {
        download(new EvidencePack.Request(from, to, team, staffId), user, spreadsheet::write, XLSX, "xlsx", response);
    }

    /**
     * Writes the pack straight to the response as it is produced (PDF page by page, the workbook as it is zipped), so
     * the file is never held in memory whole. Everything that can refuse the request (access, parameters, an unknown
     * staff member) happens before the first byte is sent, and so does the audit entry: once streaming has begun, a
     * failure can only cut the download short.
     */
    private void download(EvidencePack.Request request, CurrentUser user, BiConsumer<EvidencePack.Contents, OutputStream> writer,
                          MediaType type, String extension, HttpServletResponse response) throws IOException {
        access.requireOversight(user);
        EvidencePack.Contents pack = packs.build(request, user.userId());
        String fileName = pack.fileName() + "." + extension;
        audit.record(AuditEvent.of("evidence-pack:" + UUID.randomUUID(), user.userId(), "EVIDENCE_PACK_GENERATED",
                "%s with %d items (%s)".formatted(fileName, pack.items().size(), pack.scopeLine())));
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        try (OutputStream out = response.getOutputStream()) {
            writer.accept(pack, out);
        }
    }
}
