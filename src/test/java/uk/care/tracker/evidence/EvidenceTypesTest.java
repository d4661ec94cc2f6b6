package uk.care.tracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The content, the extension and the declared type of an evidence file must agree on an accepted kind. */
class EvidenceTypesTest {

    static final List<String> ALLOWED = List.of("application/pdf", "image/png", "image/jpeg", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] TEXT = "Supervision notes: audit seen on 3 December.\n".getBytes(StandardCharsets.UTF_8);

    private static EvidenceTypes.Verdict check(byte[] content, String name, String declared) {
        return EvidenceTypes.check(content, name, declared, ALLOWED);
    }

    @Test
    void files_whose_name_type_and_content_agree_are_accepted_as_what_they_are() throws IOException {
        assertThat(check(PDF, "audit.pdf", "application/pdf").type()).isEqualTo("application/pdf");
        assertThat(check(PDF, "AUDIT.PDF", null).type()).isEqualTo("application/pdf");
        assertThat(check(PNG, "photo.png", "image/png").type()).isEqualTo("image/png");
        assertThat(check(TEXT, "notes.txt", "text/plain").type()).isEqualTo("text/plain");
        assertThat(check("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "sheet.csv", "text/csv").type()).isEqualTo("text/plain");
        assertThat(check(PDF, "audit.pdf", "application/octet-stream").accepted()).isTrue();
        assertThat(check(office("word/document.xml"), "plan.docx", null).type())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void a_pdf_named_html_is_refused() {
        assertThat(check(PDF, "page.html", "text/html").accepted()).isFalse();
        assertThat(check(PDF, "page.html", "application/pdf").accepted()).isFalse();
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_refused() {
        assertThat(check(PDF, "notes.txt", "text/plain").refusal()).contains("its content is a PDF");
        assertThat(check(PNG, "photo.jpg", "image/jpeg").accepted()).isFalse();
        assertThat(check("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "notes.txt", "text/plain")
                .accepted()).isFalse();
        assertThat(check(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "notes.pdf", "application/pdf").refusal())
                .contains("not an accepted kind of evidence");
    }

    @Test
    void a_web_page_is_not_plain_text() {
        byte[] page = "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(check(page, "page.html", "text/html").accepted()).isFalse();
        assertThat(check(TEXT, "page.htm", "text/plain").accepted()).isFalse();
        assertThat(check(TEXT, "notes.xml", null).accepted()).isFalse();
    }

    @Test
    void a_declared_type_that_disagrees_with_name_and_content_is_refused() {
        assertThat(check(PDF, "audit.pdf", "image/png").accepted()).isFalse();
        assertThat(check(TEXT, "notes.txt", "text/html").accepted()).isFalse();
    }

    @Test
    void a_plain_zip_named_docx_is_refused() throws IOException {
        assertThat(check(office("readme.txt"), "plan.docx", null).accepted()).isFalse();
        assertThat(check(office("xl/workbook.xml"), "plan.docx", null).accepted()).isFalse();
    }

    private static byte[] office(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
