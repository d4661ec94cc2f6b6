package uk.care.tracker.meetings;

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
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A meeting pack as a printable PDF: A4 landscape, one table per section, a new page after every ten items so a
 * page can be taken in turn at the table, numbered pages with the meeting and date at the foot.
 */
@Component
public class MeetingPackPdf {

    static final int ITEMS_PER_PAGE = 10;
    private static final Color HEADING = new Color(0x1D, 0x3A, 0x5F);
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF5);
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** Free-text columns, given more room than dates and codes. */
    private static final java.util.Set<String> WIDE = java.util.Set.of("description", "evidenceRequired", "reason",
            "reasonForDelay", "kind", "staff");

    private final BaseFont face;
    private final String serviceName;

    public MeetingPackPdf(@Value("${tracker.service-name:Care service}") String serviceName) {
        this.serviceName = serviceName;
        try (InputStream in = MeetingPackPdf.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("The PDF font is not on the classpath");
            }
            this.face = BaseFont.createFont("LiberationSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(MeetingPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 42);
        Font title = new Font(face, 18, Font.BOLD, HEADING);
        Font h2 = new Font(face, 12, Font.BOLD, HEADING);
        Font text = new Font(face, 8.5f);
        Font strong = new Font(face, 8.5f, Font.BOLD);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String foot = "Supervision Action Tracker - " + pack.title() + " - " + pack.date() + " - " + serviceName;
            writer.setPageEvent(new Footer(foot, new Font(face, 7, Font.NORMAL, Color.DARK_GRAY)));
            document.addTitle(pack.title() + " " + pack.date());
            document.addCreator("Supervision Action Tracker");
            document.open();
            document.add(new Paragraph(pack.title() + " - " + pack.date(), title));
            document.add(new Paragraph(serviceName + ". Since the last meeting on " + pack.previousMeeting() + "; next on "
                    + pack.nextMeeting() + "." + (pack.team() == null ? "" : " Team: " + pack.team() + ".")
                    + (pack.manager() == null ? "" : " Manager: " + pack.manager() + "."), text));
            int onPage = 0;
            for (MeetingPack.Section section : pack.sections()) {
                Paragraph heading = new Paragraph(section.title() + " (" + section.items().size() + ")", h2);
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(4);
                document.add(heading);
                if (section.items().isEmpty()) {
                    document.add(new Paragraph("None.", text));
                    continue;
                }
                List<String> columns = section.columns();
                PdfPTable table = header(columns, strong);
                for (Map<String, Object> item : section.items()) {
                    if (onPage == ITEMS_PER_PAGE) {
                        document.add(table);
                        document.newPage();
                        onPage = 0;
                        table = header(columns, strong);
                    }
                    table.addCell(cell(String.valueOf(item.get("key")), strong));
                    for (String column : columns) {
                        table.addCell(cell(show(item.get(column)), text));
                    }
                    onPage++;
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The meeting pack could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(List<String> columns, Font strong) {
        float[] widths = new float[columns.size() + 1];
        widths[0] = 1.6f;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 1] = WIDE.contains(columns.get(i)) ? 2.6f : columns.get(i).equals("category") ? 1.6f : 1.1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(shaded(cell("Reference", strong)));
        for (String column : columns) {
            table.addCell(shaded(cell(label(column), strong)));
        }
        return table;
    }

    private static String label(String column) {
        String words = CAMEL.matcher(column).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static PdfPCell shaded(PdfPCell cell) {
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value, font));
        c.setPadding(3);
        c.setBorderColor(Color.LIGHT_GRAY);
        return c;
    }

    private static final class Footer extends PdfPageEventHelper {
        private final String line;
        private final Font font;

        Footer(String line, Font font) {
            this.line = line;
            this.font = font;
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
