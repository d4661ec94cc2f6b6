package uk.care.tracker.staff;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.care.tracker.api.RefusedWithErrors;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;

/**
 * Imports the staff directory from a CSV file, the usual export of an HR system. The whole file is checked
 * first: if any line is wrong, every error is reported with its line number and nothing is imported.
 */
@Component
public class StaffCsvImport {

    static final List<String> REQUIRED_COLUMNS = List.of("staff_id", "name", "team", "line_manager", "job_role");
    static final List<String> OPTIONAL_COLUMNS = List.of("start_date", "probation_end_date", "leaving_date");
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    /** Strict: 31/02/2026 is refused, not read as 28 February. */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    /** The sizes of the staff_member columns (migration V1). */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 200, "team", 200, "job_role", 200);
    /** What the audit log keeps of a file's name. */
    private static final int MAX_SOURCE_NAME = 200;

    private final StaffDirectory directory;
    private final AuditLog audit;

    public StaffCsvImport(StaffDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * Imports a file as it arrived: UTF-8, with or without a byte order mark. An empty file or one that is not
     * UTF-8 is refused with the reason.
     */
    @Transactional
    public ImportResult importBytes(byte[] content, String importedBy, String sourceName) {
        return importCsv(new StringReader(decode(content)), importedBy, sourceName);
    }

    static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw new StaffImportException(List.of(new LineError(0, "The file is empty")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new StaffImportException(List.of(new LineError(0,
                    "The file is not UTF-8 text. Save it from the HR system or spreadsheet as 'CSV UTF-8' and import it again")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new StaffImportException(List.of(new LineError(0, "The file is empty")));
        }
        return text;
    }

    @Transactional
    public ImportResult importCsv(Reader csv, String importedBy, String sourceName) {
        List<StaffMember> members = parse(csv);
        int created = 0;
        for (StaffMember member : members) {
            if (directory.save(member)) {
                created++;
            }
        }
        ImportResult result = new ImportResult(members.size(), created, members.size() - created);
        audit.record(AuditEvent.of("staff-import:" + java.util.UUID.randomUUID(), importedBy, "STAFF_IMPORTED",
                "%s: %d rows, %d new, %d updated".formatted(sourceLabel(sourceName), result.imported(), result.created(), result.updated())));
        return result;
    }

    private static String sourceLabel(String sourceName) {
        String name = sourceName == null ? "unnamed file" : sourceName.replaceAll("\\p{Cntrl}", "_");
        return name.length() > MAX_SOURCE_NAME ? name.substring(0, MAX_SOURCE_NAME) + "..." : name;
    }

    List<StaffMember> parse(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .get();
        List<LineError> errors = new ArrayList<>();
        List<StaffMember> members = new ArrayList<>();
        try (CSVParser parser = format.parse(csv)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new StaffImportException(List.of(new LineError(1, "The file has no header line")));
            }
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new StaffImportException(List.of(new LineError(1,
                        "The header line must name the columns " + String.join(", ", REQUIRED_COLUMNS)
                                + " (and optionally " + String.join(", ", OPTIONAL_COLUMNS) + "); missing: "
                                + String.join(", ", missing))));
            }
            Set<String> seen = new HashSet<>();
            // a file without leaving_date says nothing about leaving: dates already known stay
            Map<String, StaffMember> known = header.containsKey("leaving_date") ? Map.of() : directory.byId();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                List<String> problems = new ArrayList<>();
                if (!record.isConsistent()) {
                    problems.add("has " + record.size() + " values but the header has " + header.size() + " columns");
                    errors.add(new LineError(line, String.join("; ", problems)));
                    continue;
                }
                if (record.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                    errors.add(new LineError(line, "contains a NUL character"));
                    continue;
                }
                String staffId = value(record, "staff_id");
                if (staffId.isEmpty()) {
                    problems.add("staff_id is empty");
                } else if (!STAFF_ID.matcher(staffId).matches()) {
                    problems.add("staff_id '" + EntryCheck.shown(staffId)
                            + "' must be 1 to 64 letters, digits, '.', '_' and '-'");
                } else if (!seen.add(staffId)) {
                    problems.add("staff_id '" + staffId + "' appears more than once in the file");
                }
                for (String column : List.of("name", "team", "job_role")) {
                    String text = value(record, column);
                    if (EntryCheck.isBlank(text)) {
                        problems.add(column + " is empty");
                    } else if (text.length() > MAX_LENGTH.get(column)) {
                        problems.add(column + " is longer than " + MAX_LENGTH.get(column) + " characters");
                    }
                }
                String lineManager = value(record, "line_manager");
                if (lineManager.isEmpty()) {
                    problems.add("line_manager is empty");
                } else if (!USER_ID.matcher(lineManager).matches()) {
                    problems.add("line_manager '" + EntryCheck.shown(lineManager) + "' is not a user id (at most 128 letters, "
                            + "digits, '.', '_', '@' and '-')");
                }
                LocalDate start = date(record, "start_date", problems);
                LocalDate probationEnd = date(record, "probation_end_date", problems);
                if (start != null && probationEnd != null && probationEnd.isBefore(start)) {
                    problems.add("probation_end_date is before start_date");
                }
                LocalDate leaving = date(record, "leaving_date", problems);
                if (start != null && leaving != null && leaving.isBefore(start)) {
                    problems.add("leaving_date is before start_date");
                }
                if (problems.isEmpty()) {
                    StaffMember member = new StaffMember(staffId, value(record, "name"), value(record, "team"), lineManager,
                            value(record, "job_role"), start, probationEnd, leaving);
                    if (known.containsKey(staffId)) {
                        member = member.withLeavingDate(known.get(staffId).leavingDate());
                    }
                    members.add(member);
                } else {
                    errors.add(new LineError(line, String.join("; ", problems)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // the parser's messages name its internals; say what is wrong in the file instead
            throw new StaffImportException(List.of(new LineError(0, "The file is not readable as CSV: "
                    + readableReason(e))));
        }
        if (!errors.isEmpty()) {
            throw new StaffImportException(errors);
        }
        if (members.isEmpty()) {
            throw new StaffImportException(List.of(new LineError(0, "The file has no staff rows")));
        }
        return members;
    }

    private static String readableReason(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("eof") && message.contains("encapsulated")) {
            return "a quoted value is not closed (a \" without its partner)";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "a closing \" is followed by other text before the comma";
        }
        if (message.contains("duplicate name") || message.contains("header contains a duplicate")) {
            return "the header line names a column twice";
        }
        if (message.contains("header") && message.contains("empty")) {
            return "the header line has an empty column name";
        }
        return "check that it is a comma-separated file with one header line and one staff member per line";
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.get(column) != null ? record.get(column).trim() : "";
    }

    private static LocalDate date(CSVRecord record, String column, List<String> problems) {
        String text = value(record, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(column + " '" + EntryCheck.shown(text) + "' is not a date (use 2026-01-31 or 31/01/2026)");
            return null;
        }
    }

    public record ImportResult(int imported, int created, int updated) {
    }

    public record LineError(int line, String message) {
    }

    /** The file was rejected; nothing was imported. */
    public static class StaffImportException extends RefusedWithErrors {
        private final List<LineError> errors;

        public StaffImportException(List<LineError> errors) {
            super("The staff file was not imported: " + errors.size() + " problem(s) found");
            this.errors = List.copyOf(errors);
        }

        @Override
        public List<LineError> errors() {
            return errors;
        }
    }
}
