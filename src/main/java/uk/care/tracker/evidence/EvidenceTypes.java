package uk.care.tracker.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded evidence file is, told three ways that must agree: its content (Apache Tika's magic-byte and
 * text detection), its extension, and the type the browser declared. A file named {@code .html} that starts with
 * {@code %PDF-}, a PNG named {@code .jpg}, an HTML page named {@code .txt} or a plain zip named {@code .docx} is
 * refused, so a file is always stored, and served, as what it is.
 */
final class EvidenceTypes {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final MediaType OCTET_STREAM = MediaType.OCTET_STREAM;
    /** Names browsers and operating systems use beside the registered ones. */
    private static final Map<String, String> ALIASES = Map.of(
            "image/jpg", "image/jpeg", "image/pjpeg", "image/jpeg", "application/csv", "text/csv", "text/x-csv", "text/csv",
            "application/x-pdf", "application/pdf", "image/x-png", "image/png");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private EvidenceTypes() {
    }

    /** The outcome: the accepted kind to store and serve the file as, or the reason it is refused. */
    record Verdict(String type, String refusal) {
        boolean accepted() {
            return refusal == null;
        }
    }

    static Verdict check(byte[] content, String fileName, String declaredType, List<String> allowed) {
        MediaType byName = byName(fileName);
        String kind = kindOf(byName, allowed);
        if (kind == null) {
            return refuse("The file '" + fileName + "' does not have the extension of an accepted kind of evidence. Upload a "
                    + "PDF (.pdf), a photo (.png, .jpg), a Word or Excel document (.docx, .xlsx) or a plain text file (.txt, .csv).");
        }
        MediaType byContent = byContent(content);
        if (!REGISTRY.isInstanceOf(byName, byContent)) {
            return refuse("The file '" + fileName + "' is named as " + describe(byName) + " but its content is "
                    + describe(byContent) + ". It is not an accepted kind of evidence: upload the original file.");
        }
        if ((kind.equals(DOCX) || kind.equals(XLSX)) && !isOfficeDocument(content, kind.equals(DOCX) ? "word/" : "xl/")) {
            return refuse("The file '" + fileName + "' is not an accepted kind of evidence: it is named as "
                    + describe(byName) + " but is not one inside.");
        }
        MediaType declared = declared(declaredType);
        if (declared != null && !REGISTRY.isInstanceOf(byName, declared)) {
            return refuse("The file '" + fileName + "' was sent as " + describe(declared) + " but is "
                    + describe(byName) + ". It is not an accepted kind of evidence when its name, type and content disagree.");
        }
        return new Verdict(kind, null);
    }

    /**
     * The accepted kind an extension names: exactly one of the allowed types, or a CSV file as plain text. Not
     * any subtype: HTML is a kind of text to Tika, but a web page is not accepted as plain text.
     */
    private static String kindOf(MediaType byName, List<String> allowed) {
        String base = byName.getBaseType().toString();
        if (allowed.contains(base)) {
            return base;
        }
        if (base.equals("text/csv") && allowed.contains("text/plain")) {
            return "text/plain";
        }
        return null;
    }

    private static Verdict refuse(String reason) {
        return new Verdict(null, reason);
    }

    static MediaType byName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName.toLowerCase(Locale.ROOT));
        try {
            return TYPES.detect(null, metadata);
        } catch (IOException e) {
            return OCTET_STREAM;
        }
    }

    static MediaType byContent(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            return OCTET_STREAM;
        }
    }

    /** The browser's claim, or null when it made none ("application/octet-stream" says only "a file"). */
    private static MediaType declared(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return null;
        }
        MediaType parsed = MediaType.parse(declaredType.trim().toLowerCase(Locale.ROOT));
        if (parsed == null) {
            return MediaType.parse("application/x-unreadable-type");
        }
        String base = parsed.getBaseType().toString();
        MediaType normalized = REGISTRY.normalize(MediaType.parse(ALIASES.getOrDefault(base, base)));
        return OCTET_STREAM.equals(normalized) ? null : normalized;
    }

    /** An Office Open XML file is a zip with a content-types part and the document's own folder. */
    private static boolean isOfficeDocument(byte[] content, String folder) {
        boolean contentTypes = false;
        boolean part = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(folder);
                if (contentTypes && part) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static String describe(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> "a PDF";
            case "image/png" -> "a PNG image";
            case "image/jpeg" -> "a JPEG image";
            case "text/plain" -> "plain text";
            case "text/csv" -> "a CSV file";
            case "text/html" -> "a web page (HTML)";
            case DOCX -> "a Word document";
            case XLSX -> "an Excel workbook";
            case "application/zip" -> "a zip archive";
            case "application/octet-stream" -> "an unrecognised kind of file";
            default -> "'" + base + "'";
        };
    }
}
