package uk.care.tracker.evidencepack;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import uk.care.tracker.evidencepack.EvidencePack.AuditEntry;
import uk.care.tracker.evidencepack.EvidencePack.Contents;
import uk.care.tracker.evidencepack.EvidencePack.Item;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItem.Evidence;

/** Writes an evidence pack as a PDF for printing and handing to an inspector: A4 landscape, numbered pages. */
@Component
public class EvidencePackPdf {

    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF5);
    private static final Color HEADING = new Color(0x1D, 0x3A, 0x5F);

    /**
     * Liberation Sans (shipped inside OpenPDF), embedded as Unicode so that names such as Łukasz or Nguyễn print;
     * OpenPDF draws its bold. Read once: a font holds no state of the documents that use it.
     */
    private final BaseFont face = font("/font-fallback/LiberationSans-Regular.ttf");

    private static BaseFont font(String resource) {
        try (InputStream in = EvidencePackPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath");
            }
            return BaseFont.createFont("LiberationSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF as bytes (for a small pack; a download streams it with {@link #write(Contents, OutputStream)}). */
    public byte[] write(Contents pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pack, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out} page by page as it is laid out, without holding the document in memory. */
    public void write(Contents pack, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(pack));
            document.addTitle("Inspection evidence pack - " + pack.scopeLine());
            document.addAuthor(pack.generatedBy());
            document.addCreator("Supervision Action Tracker");
            document.open();
            new Writer(document, pack).all();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The evidence pack could not be written as PDF", e);
        }
    }

    /** The writing of one pack. */
    private final class Writer {
        private final Document document;
        private final Contents pack;
        private final PackFormat format;
        private final Font title = new Font(face, 20, Font.BOLD, HEADING);
        private final Font h1 = new Font(face, 14, Font.BOLD, HEADING);
        private final Font h2 = new Font(face, 11, Font.BOLD, HEADING);
        private final Font text = new Font(face, 8.5f);
        private final Font strong = new Font(face, 8.5f, Font.BOLD);
        private final Font small = new Font(face, 7);

        Writer(Document document, Contents pack) {
            this.document = document;
            this.pack = pack;
            this.format = new PackFormat(pack.zone());
        }

        void all() throws DocumentException {
            heading();
            kpis();
            items();
            if (pack.staffPack()) {
                record();
            } else {
                if (!pack.erased().isEmpty()) {
                    erased();
                }
                meetings(pack.erased().isEmpty() ? 3 : 4);
            }
        }

        /** The weekly and fortnightly meetings recorded as held in the period: that the reviews happened. */
        private void meetings(int number) throws DocumentException {
            document.newPage();
            section(number + ". Meetings held (" + pack.meetings().size() + ")");
            document.add(new Paragraph(pack.meetings().isEmpty()
                    ? "No weekly or fortnightly meeting was recorded as held in the period."
                    : "The weekly and fortnightly reviews recorded as held in the period by whoever chaired them, from "
                    + "the meeting record register.", text));
            if (pack.meetings().isEmpty()) {
                return;
            }
            PdfPTable t = table(new float[] {16, 9, 10, 10, 22, 33});
            t.setSpacingBefore(6);
            t.setHeaderRows(1);
            header(t, "Meeting", "Date", "Team", "Chair", "Attendees", "Notes");
            for (EvidencePack.MeetingHeld m : pack.meetings()) {
                t.addCell(cell(m.meeting(), small));
                t.addCell(cell(format.date(m.date()), small));
                t.addCell(cell(m.team() == null ? "whole service" : m.team(), small));
                t.addCell(cell(m.chair(), small));
                t.addCell(cell(m.attendees(), small));
                t.addCell(cell((m.notes() == null ? "" : m.notes())
                        + (m.itemsListed() == null ? "" : " (" + m.itemsListed() + " items listed)"), small));
            }
            document.add(t);
        }

        /** Items of the period erased under the retention schedule: their tombstones stand in for them. */
        private void erased() throws DocumentException {
            document.newPage();
            section("3. Items erased under the retention schedule (" + pack.erased().size() + ")");
            document.add(new Paragraph("These items were open in the period but have since been erased by the monthly "
                    + "retention run, after the Registered Manager's confirmation. What remains is the proof that they "
                    + "existed and were removed by policy; no name or content is kept.", text));
            PdfPTable t = table(new float[] {11, 9, 8, 8, 18, 26, 11, 9});
            t.setSpacingBefore(6);
            t.setHeaderRows(1);
            header(t, "Business key", "Kind", "Opened", "Closed", "Rule", "What was erased", "Erased", "Confirmed by");
            for (uk.care.tracker.retention.Tombstones.Tombstone e : pack.erased()) {
                t.addCell(cell(e.businessKey(), small));
                t.addCell(cell(e.recordKind(), small));
                t.addCell(cell(format.date(e.openedOn()), small));
                t.addCell(cell(format.date(e.closedOn()), small));
                t.addCell(cell(e.rule() + (e.retainUntil() == null ? "" : "; kept until " + format.date(e.retainUntil())), small));
                t.addCell(cell(e.erased(), small));
                t.addCell(cell(format.instant(e.erasedAt()), small));
                t.addCell(cell(e.confirmedBy(), small));
            }
            document.add(t);
        }

        private void heading() throws DocumentException {
            document.add(new Paragraph("Inspection evidence pack", title));
            document.add(new Paragraph("Supervision Action Tracker", h2));
            PdfPTable t = table(new float[] {1, 4});
            t.setWidthPercentage(70);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.setSpacingBefore(12);
            pair(t, "Service", pack.serviceName());
            pair(t, "Period", pack.request().hasPeriod()
                    ? pack.request().from() + " to " + pack.request().to() + " (both days included)"
                    : "Whole record (no period given)");
            if (pack.request().team() != null) {
                pair(t, "Team", pack.request().team());
            }
            if (pack.staffPack()) {
                pair(t, "Staff member", format.staffEntry(pack.staff(), pack.request().staffId()));
            }
            pair(t, "Generated", format.instant(pack.generatedAt()) + " (" + pack.zone() + ") by " + pack.generatedBy());
            pair(t, "Items", pack.items().size() + ": " + pack.count("supervision-action") + " supervision actions, "
                    + pack.count("escalated-case") + " escalated cases, " + pack.count("probation-action") + " probation actions");
            document.add(t);
            Paragraph how = new Paragraph(PackFormat.HOW_TO_READ + (pack.staffPack() ? " " + PackFormat.STAFF_RECORD : ""), text);
            how.setSpacingBefore(10);
            document.add(how);
        }

        private void kpis() throws DocumentException {
            section("1. Key performance indicators");
            document.add(new Paragraph("Figures for " + pack.kpiScope().from() + " to " + pack.kpiScope().to()
                    + (pack.staffPack() ? ", counted over this staff member's items only" : "")
                    + (pack.request().team() != null ? ", team " + pack.request().team() : "")
                    + ". As they stand on " + format.instant(pack.generatedAt()) + ".", text));
            for (PackKpis.Section section : pack.kpis()) {
                Paragraph p = new Paragraph(section.title(), h2);
                p.setSpacingBefore(8);
                document.add(p);
                PdfPTable t = table(new float[] {34, 8, 58});
                t.setHeaderRows(1);
                header(t, "Figure", "Value", "Business keys behind it");
                for (PackKpis.Figure f : section.figures()) {
                    t.addCell(cell(f.label(), text));
                    PdfPCell value = cell(PackFormat.value(f), strong);
                    value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    t.addCell(value);
                    t.addCell(cell(f.keys().isEmpty() ? "none" : String.join(", ", f.keys()), small));
                }
                document.add(t);
            }
        }

        private void items() throws DocumentException {
            document.newPage();
            section("2. Items (" + pack.items().size() + ")");
            if (pack.items().isEmpty()) {
                document.add(new Paragraph("No item in this pack's scope.", text));
            }
            for (Item item : pack.items()) {
                document.add(item(item));
            }
        }

        private PdfPTable item(Item entry) {
            TrackedItem i = entry.item();
            PdfPTable t = table(new float[] {12, 38, 12, 38});
            t.setSpacingBefore(8);
            PdfPCell head = cell(i.businessKey() + "   " + PackFormat.workflow(i.workflow()) + "   " + i.status(), h2);
            head.setColspan(4);
            head.setBackgroundColor(SHADE);
            t.addCell(head);
            t.setHeaderRows(1);
            pair(t, "Staff member", format.staff(entry));
            pair(t, "Category", i.category());
            wide(t, "Description", i.description());
            pair(t, "Owner", i.owner());
            pair(t, "Entered", format.date(i.openedOn()) + " by " + i.openedBy());
            pair(t, "Deadline", format.date(i.deadline()));
            pair(t, "Closed", i.closedOn() == null ? "open" : format.date(i.closedOn()));
            wide(t, "Reviews", i.reviews().isEmpty() ? "none" : String.join("\n", i.reviews().stream()
                    .map(r -> format.instant(r.at()) + "  " + r.by() + "  " + r.kind() + ": " + r.summary()).toList()));
            wide(t, "Escalations", i.escalations().isEmpty() ? "none" : String.join("\n", i.escalations().stream()
                    .map(e -> format.instant(e.at()) + "  " + e.stage() + ": " + e.reason()).toList()));
            wide(t, "Closure evidence", evidence(i.closureEvidence()));
            return t;
        }

        private String evidence(Evidence e) {
            if (e == null) {
                return "none (not closed)";
            }
            String s = e.type() + ": " + e.description() + "\nRecorded " + format.instant(e.recordedAt()) + " by " + e.recordedBy();
            if (e.attachment() != null) {
                s += "\nAttachment " + e.attachment().fileName() + ", reference " + e.attachment().evidenceId()
                        + "\nSHA-256 " + e.attachment().sha256();
            }
            return s;
        }

        private void record() throws DocumentException {
            document.newPage();
            section("3. Everything recorded about " + format.staffEntryShort(pack.staff(), pack.request().staffId()));
            document.add(new Paragraph(PackFormat.STAFF_RECORD, text));
            PdfPTable t = table(new float[] {10, 14, 5, 11, 10, 12, 38});
            t.setSpacingBefore(6);
            t.setHeaderRows(1);
            header(t, "When", "Source", "Row", "Business key", "Who", "What", "Details");
            for (AuditEntry e : pack.audit()) {
                t.addCell(cell(format.instant(e.at()), small));
                t.addCell(cell(e.source(), small));
                t.addCell(cell(String.valueOf(e.rowId()), small));
                t.addCell(cell(e.businessKey(), small));
                t.addCell(cell(e.who(), small));
                t.addCell(cell(e.what(), small));
                t.addCell(cell(e.details(), small));
            }
            document.add(t);
        }

        private void section(String name) throws DocumentException {
            Paragraph p = new Paragraph(name, h1);
            p.setSpacingBefore(14);
            p.setSpacingAfter(4);
            document.add(p);
        }

        private PdfPTable table(float[] widths) {
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setSpacingBefore(4);
            return t;
        }

        private void header(PdfPTable t, String... names) {
            for (String name : names) {
                PdfPCell c = cell(name, strong);
                c.setBackgroundColor(SHADE);
                t.addCell(c);
            }
        }

        private void pair(PdfPTable t, String label, String value) {
            t.addCell(cell(label, strong));
            t.addCell(cell(value, text));
        }

        private void wide(PdfPTable t, String label, String value) {
            t.addCell(cell(label, strong));
            PdfPCell c = cell(value, text);
            c.setColspan(t.getNumberOfColumns() - 1);
            t.addCell(c);
        }

        private PdfPCell cell(String value, Font font) {
            PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
            c.setPadding(3);
            c.setBorderColor(Color.LIGHT_GRAY);
            return c;
        }
    }

    /** "Supervision Action Tracker - Inspection evidence pack - scope - Page n" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final String line;
        private final Font font = new Font(face, 7, Font.NORMAL, Color.DARK_GRAY);

        Footer(Contents pack) {
            this.line = "Supervision Action Tracker - Inspection evidence pack - " + pack.serviceName() + " - " + pack.scopeLine()
                    + " - generated " + new PackFormat(pack.zone()).instant(pack.generatedAt());
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(line, font),
                    document.leftMargin(), 20, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(new Chunk("Page " + writer.getPageNumber(), font)), page.getWidth() - document.rightMargin(), 20, 0);
        }
    }
}
