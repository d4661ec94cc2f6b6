package uk.care.tracker.evidencepack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.care.tracker.evidencepack.EvidencePack.AuditEntry;
import uk.care.tracker.evidencepack.EvidencePack.Contents;
import uk.care.tracker.evidencepack.EvidencePack.Item;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItem.Attachment;
import uk.care.tracker.registers.TrackedItem.Evidence;
import uk.care.tracker.staff.StaffMember;

/**
 * Writes an evidence pack as an Excel workbook that an inspector can filter and sort: one sheet per table, a bold
 * frozen header row with filters, real date and number cells, columns sized to their content.
 */
@Component
public class EvidencePackSpreadsheet {

    /** Excel's limit for the text of one cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    /** Columns are sized to their longest value up to this many characters. */
    private static final int MAX_COLUMN_CHARS = 80;

    /** The workbook as bytes (for a small pack; a download streams it with {@link #write(Contents, OutputStream)}). */
    public byte[] write(Contents pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pack, out);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} as it is zipped, without holding the file in memory. */
    public void write(Contents pack, OutputStream out) {
        // streaming: only a window of rows is held in memory, however many items the pack has
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook, pack.zone());
            about(new Table(workbook, styles, "Pack", "Field", "Value"), pack);
            kpis(new Table(workbook, styles, "KPIs", "Section", "Figure", "Field", "Value", "Unit", "Items behind it"), pack);
            trace(new Table(workbook, styles, "KPI trace", "Section", "Field", "Figure", "Business key", "Review"), pack);
            items(new Table(workbook, styles, "Items", "Business key", "Workflow", "Staff ID", "Staff name", "Team",
                    "Description", "Category", "Owner", "Entered by", "Opened", "Deadline", "Status", "Closed", "Reviews",
                    "Escalations", "Evidence type", "Evidence description", "Closure recorded by", "Closure recorded at",
                    "Attachment", "Attachment reference", "SHA-256"), pack);
            reviews(new Table(workbook, styles, "Reviews and escalations", "Business key", "Entry", "Kind or stage", "When",
                    "By", "What"), pack);
            if (!pack.erased().isEmpty()) {
                erased(new Table(workbook, styles, "Erased by retention", "Business key", "Kind", "Team", "Opened",
                        "Closed", "Rule", "Kept until", "What was erased", "Erased at", "Confirmed by", "Run"), pack);
            }
            if (!pack.staffPack()) {
                meetings(new Table(workbook, styles, "Meetings held", "Meeting", "Date", "Team", "Chair", "Attendees",
                        "Notes", "Items listed"), pack);
            }
            if (pack.staffPack()) {
                staffMember(new Table(workbook, styles, "Staff member", "Field", "Value"), pack);
                audit(new Table(workbook, styles, "Audit trail", "When", "Source", "Row", "Business key", "Who", "What",
                        "Details"), pack);
            }
            workbook.write(out);
            // the rows flushed to temporary files go with the workbook
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence pack could not be written as a spreadsheet", e);
        }
    }

    private void about(Table t, Contents pack) {
        t.row("Title", "Inspection evidence pack");
        t.row("Product", "Supervision Action Tracker");
        t.row("Service", pack.serviceName());
        if (pack.request().hasPeriod()) {
            t.row("Period from", pack.request().from());
            t.row("Period to", pack.request().to());
        } else {
            t.row("Period", "Whole record (no period given)");
        }
        if (pack.request().team() != null) {
            t.row("Team", pack.request().team());
        }
        if (pack.staffPack()) {
            t.row("Staff member", new PackFormat(pack.zone()).staffEntryShort(pack.staff(), pack.request().staffId()));
        }
        t.row("Generated at", pack.generatedAt());
        t.row("Generated by", pack.generatedBy());
        t.row("Time zone", pack.zone().getId());
        t.row("Figures from", pack.kpiScope().from());
        t.row("Figures to", pack.kpiScope().to());
        t.row("Items", pack.items().size());
        t.row("Supervision actions", (int) pack.count("supervision-action"));
        t.row("Escalated cases", (int) pack.count("escalated-case"));
        t.row("Probation actions", (int) pack.count("probation-action"));
        t.row("How to read", PackFormat.HOW_TO_READ);
        if (pack.staffPack()) {
            t.row("Subject access", PackFormat.STAFF_RECORD.replace("Section 3", "The Audit trail sheet"));
        }
        t.finish();
    }

    private void kpis(Table t, Contents pack) {
        for (PackKpis.Section section : pack.kpis()) {
            for (PackKpis.Figure f : section.figures()) {
                t.row(section.title(), f.label(), f.name(), f.value(), f.unit(), f.keys().size());
            }
        }
        t.finish();
    }

    private void trace(Table t, Contents pack) {
        for (PackKpis.Section section : pack.kpis()) {
            for (PackKpis.Figure f : section.figures()) {
                for (String key : f.keys()) {
                    // a review figure's key names the review too: EC-2026-000001/CASE_REVIEW/1
                    String businessKey = EvidencePack.businessKeyOf(key);
                    t.row(section.title(), f.name(), f.label(), businessKey,
                            key.length() > businessKey.length() ? key.substring(businessKey.length() + 1) : null);
                }
            }
        }
        t.finish();
    }

    private void items(Table t, Contents pack) {
        for (Item entry : pack.items()) {
            TrackedItem i = entry.item();
            Evidence e = i.closureEvidence();
            Attachment a = e == null ? null : e.attachment();
            t.row(i.businessKey(), PackFormat.workflow(i.workflow()), i.staffId(), entry.staffName(), entry.team(),
                    i.description(), i.category(), i.owner(), i.openedBy(), i.openedOn(), i.deadline(), i.status().name(),
                    i.closedOn(), i.reviews().size(), i.escalations().size(),
                    e == null ? null : e.type(), e == null ? null : e.description(), e == null ? null : e.recordedBy(),
                    e == null ? null : e.recordedAt(), a == null ? null : a.fileName(), a == null ? null : a.evidenceId(),
                    a == null ? null : a.sha256());
        }
        t.finish();
    }

    private void reviews(Table t, Contents pack) {
        for (Item entry : pack.items()) {
            TrackedItem i = entry.item();
            i.reviews().forEach(r -> t.row(i.businessKey(), "Review", r.kind(), r.at(), r.by(), r.summary()));
            i.escalations().forEach(e -> t.row(i.businessKey(), "Escalation", e.stage(), e.at(), null, e.reason()));
        }
        t.finish();
    }

    /** Items of the period erased under the retention schedule, by their tombstones (issue 16). */
    private void erased(Table t, Contents pack) {
        for (uk.care.tracker.retention.Tombstones.Tombstone e : pack.erased()) {
            t.row(e.businessKey(), e.recordKind(), e.team(), e.openedOn(), e.closedOn(), e.rule(), e.retainUntil(),
                    e.erased(), e.erasedAt(), e.confirmedBy(), e.runKey());
        }
        t.finish();
    }

    /** The weekly and fortnightly meetings recorded as held in the period (issue 17): that the reviews happened. */
    private void meetings(Table t, Contents pack) {
        for (EvidencePack.MeetingHeld m : pack.meetings()) {
            t.row(m.meeting(), m.date(), m.team() == null ? "whole service" : m.team(), m.chair(), m.attendees(), m.notes(),
                    m.itemsListed());
        }
        t.finish();
    }

    private void staffMember(Table t, Contents pack) {
        StaffMember m = pack.staff();
        t.row("Staff ID", pack.request().staffId());
        if (m == null) {
            t.row("Staff directory", "No longer in the staff directory");
        } else {
            t.row("Name", m.name());
            t.row("Team", m.team());
            t.row("Line manager", m.lineManager());
            t.row("Job role", m.jobRole());
            t.row("Start date", m.startDate());
            t.row("Probation end date", m.probationEndDate());
            t.row("Leaving date", m.leavingDate());
        }
        t.finish();
    }

    private void audit(Table t, Contents pack) {
        for (AuditEntry e : pack.audit()) {
            t.row(e.at(), e.source(), e.rowId(), e.businessKey(), e.who(), e.what(), e.details());
        }
        t.finish();
    }

    /** The cell styles of one workbook (a workbook holds a limited number, so they are made once). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle decimal;
        final ZoneId zone;

        Styles(Workbook workbook, ZoneId zone) {
            this.zone = zone;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }

    /**
     * One sheet: a bold frozen header row with filters, then rows of typed cells; columns sized when finished to the
     * longest value written. (POI's autoSizeColumn would see only the rows a streaming sheet still holds in memory,
     * and needs the fonts of a desktop, which a server may not have.)
     */
    private static final class Table {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final int[] widths;
        private int next;

        Table(SXSSFWorkbook workbook, Styles styles, String name, String... headers) {
            this.sheet = workbook.createSheet(name);
            this.styles = styles;
            this.widths = new int[headers.length];
            Row row = sheet.createRow(next++);
            for (int c = 0; c < headers.length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers[c]);
                cell.setCellStyle(styles.header);
                widths[c] = headers[c].length() + 2; // room for the filter button
            }
            sheet.createFreezePane(0, 1);
        }

        void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c), c, values[c]);
            }
        }

        private void set(Cell cell, int column, Object value) {
            int length;
            if (value == null) {
                return;
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
                length = 10;
            } else if (value instanceof Instant i) {
                cell.setCellValue(i.atZone(styles.zone).toLocalDateTime());
                cell.setCellStyle(styles.dateTime);
                length = 16;
            } else if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.decimal);
                length = 8;
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                length = String.valueOf(n).length();
            } else {
                String text = value.toString();
                if (text.length() > MAX_CELL_TEXT) {
                    text = text.substring(0, MAX_CELL_TEXT - 3) + "...";
                }
                cell.setCellValue(text);
                length = text.length();
            }
            widths[column] = Math.max(widths[column], Math.min(length, MAX_COLUMN_CHARS));
        }

        void finish() {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (widths[c] + 2) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
        }
    }
}
