package uk.care.tracker.staff;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;

/**
 * Imports the staff directory from a CSV file, the usual export of an HR system. The whole file is checked
 * first: if any line is wrong, every error is reported with its line number and nothing is imported.
 */
@Component
public class StaffCsvImport {

    static final List<String> REQUIRED_COLUMNS = List.of("staff_id", "name", "team", "line_manager", "job_role");
    static final List<String> OPTIONAL_COLUMNS = List.of("start_date", "probation_end_date");
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);

    private final StaffDirectory directory;
    private final AuditLog audit;

    public StaffCsvImport(StaffDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
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
                "%s: %d rows, %d new, %d updated".formatted(sourceName, result.imported(), result.created(), result.updated())));
        return result;
    }

    List<StaffMember> parse(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .get();
        List<LineError> errors = new ArrayList<>();
        List<StaffMember> members = new ArrayList<>();
        try (CSVParser parser = format.parse(csv)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new StaffImportException(List.of(new LineError(1,
                        "The header line must name the columns " + String.join(", ", REQUIRED_COLUMNS)
                                + " (and optionally " + String.join(", ", OPTIONAL_COLUMNS) + "); missing: "
                                + String.join(", ", missing))));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                List<String> problems = new ArrayList<>();
                if (!record.isConsistent()) {
                    problems.add("has " + record.size() + " values but the header has " + header.size() + " columns");
                    errors.add(new LineError(line, String.join("; ", problems)));
                    continue;
                }
                String staffId = value(record, "staff_id");
                if (staffId.isEmpty()) {
                    problems.add("staff_id is empty");
                } else if (!STAFF_ID.matcher(staffId).matches()) {
                    problems.add("staff_id '" + staffId + "' may only contain letters, digits, '.', '_' and '-'");
                } else if (!seen.add(staffId)) {
                    problems.add("staff_id '" + staffId + "' appears more than once in the file");
                }
                for (String column : List.of("name", "team", "job_role")) {
                    if (value(record, column).isEmpty()) {
                        problems.add(column + " is empty");
                    }
                }
                String lineManager = value(record, "line_manager");
                if (lineManager.isEmpty()) {
                    problems.add("line_manager is empty");
                } else if (!USER_ID.matcher(lineManager).matches()) {
                    problems.add("line_manager '" + lineManager + "' is not a user id");
                }
                LocalDate start = date(record, "start_date", problems);
                LocalDate probationEnd = date(record, "probation_end_date", problems);
                if (start != null && probationEnd != null && probationEnd.isBefore(start)) {
                    problems.add("probation_end_date is before start_date");
                }
                if (problems.isEmpty()) {
                    members.add(new StaffMember(staffId, value(record, "name"), value(record, "team"), lineManager,
                            value(record, "job_role"), start, probationEnd));
                } else {
                    errors.add(new LineError(line, String.join("; ", problems)));
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new StaffImportException(List.of(new LineError(0, "The file is not readable as CSV: " + e.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw new StaffImportException(errors);
        }
        if (members.isEmpty()) {
            throw new StaffImportException(List.of(new LineError(0, "The file has no staff rows")));
        }
        return members;
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
            problems.add(column + " '" + text + "' is not a date (use 2026-01-31 or 31/01/2026)");
            return null;
        }
    }

    public record ImportResult(int imported, int created, int updated) {
    }

    public record LineError(int line, String message) {
    }

    /** The file was rejected; nothing was imported. */
    public static class StaffImportException extends RuntimeException {
        private final List<LineError> errors;

        public StaffImportException(List<LineError> errors) {
            super("The staff file was not imported: " + errors.size() + " problem(s) found");
            this.errors = List.copyOf(errors);
        }

        public List<LineError> errors() {
            return errors;
        }
    }
}
