package uk.care.tracker.evidencepack;

import uk.care.tracker.reports.ReportScope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.Register;
import uk.care.tracker.registers.RegisterReader;
import uk.care.tracker.registers.Rows;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItemSource;
import uk.care.tracker.retention.Tombstones;
import uk.care.tracker.retention.Tombstones.Tombstone;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * The inspection evidence pack (SPEC section 6), built once and then written as PDF or spreadsheet: the KPIs with
 * the business keys behind each figure, and every item in scope with its owner, dates, reviews, escalations and
 * closure evidence, as the workflows' own {@link TrackedItemSource}s read them from the registers.
 *
 * <p>A period pack holds every item open at any time in the period (entered on or before its last day and not
 * closed before its first), and every item behind a figure. A staff member's pack holds all their items (or those
 * of the period, if one is given) and, because it also answers a subject access request, everything the registers
 * and the audit log hold about them.
 */
@Component
public class EvidencePack {

    /** The longest period the KPIs cover (as the reports allow). */
    static final int MAX_KPI_YEARS = 3;

    /** What a pack covers. The period may be left out only for a staff member's pack (then it is their whole record). */
    public record Request(LocalDate from, LocalDate to, String team, String staffId) {

        public Request {
            team = blankToNull(team);
            staffId = blankToNull(staffId);
            if ((from == null) != (to == null)) {
                throw new BadRequest("Give the period as from=2026-12-01&to=2026-12-31, or leave both out for a staff member's whole record");
            }
            if (from == null && staffId == null) {
                throw new BadRequest("Give the period as from=2026-12-01&to=2026-12-31 (or a staffId for one staff member's pack)");
            }
            if (from != null) {
                new ReportScope(from, to, team, null); // the same checks as every report
            }
        }

        public boolean hasPeriod() {
            return from != null;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /**
     * A pack, ready to be written.
     *
     * @param kpiScope the period the figures cover: the one asked for, or for a staff member's whole record from their
     *                 first item to today (at most {@value #MAX_KPI_YEARS} years back)
     * @param staff    the staff directory entry of a staff member's pack (null for a period pack, or if not in the directory)
     * @param audit    everything recorded about the staff member (staff pack only; empty otherwise), oldest first
     * @param meetings the meetings recorded as held in the period (period pack only; empty otherwise), oldest first
     */
    public record Contents(String serviceName, Request request, ReportScope kpiScope, StaffMember staff, Instant generatedAt,
                           String generatedBy, ZoneId zone, List<PackKpis.Section> kpis, List<Item> items,
                           List<AuditEntry> audit, List<Tombstone> erased, List<MeetingHeld> meetings) {

        /** A pack without meeting records. */
        public Contents(String serviceName, Request request, ReportScope kpiScope, StaffMember staff, Instant generatedAt,
                        String generatedBy, ZoneId zone, List<PackKpis.Section> kpis, List<Item> items,
                        List<AuditEntry> audit, List<Tombstone> erased) {
            this(serviceName, request, kpiScope, staff, generatedAt, generatedBy, zone, kpis, items, audit, erased, List.of());
        }

        /** A pack with nothing erased by the retention run in its scope. */
        public Contents(String serviceName, Request request, ReportScope kpiScope, StaffMember staff, Instant generatedAt,
                        String generatedBy, ZoneId zone, List<PackKpis.Section> kpis, List<Item> items,
                        List<AuditEntry> audit) {
            this(serviceName, request, kpiScope, staff, generatedAt, generatedBy, zone, kpis, items, audit, List.of());
        }

        public Contents {
            erased = erased == null ? List.of() : List.copyOf(erased);
            meetings = meetings == null ? List.of() : List.copyOf(meetings);
        }

        public boolean staffPack() {
            return request.staffId() != null;
        }

        /** A file name without extension: evidence-pack_2026-12-01_2026-12-31, evidence-pack_S1001_whole-record. */
        public String fileName() {
            List<String> parts = new ArrayList<>(List.of("evidence-pack"));
            if (request.staffId() != null) {
                parts.add(request.staffId());
            }
            if (request.team() != null) {
                parts.add(request.team());
            }
            if (request.hasPeriod()) {
                parts.add(request.from() + "_" + request.to());
            } else {
                parts.add("whole-record");
            }
            return String.join("_", parts).replaceAll("[^A-Za-z0-9._-]+", "-");
        }

        /** "Amira Hassan (S1001), 2026-12-01 to 2026-12-31, team Oak House" */
        public String scopeLine() {
            StringBuilder s = new StringBuilder();
            if (request.staffId() != null) {
                s.append(staff == null ? request.staffId() : staff.name() + " (" + request.staffId() + ")").append(", ");
            }
            s.append(request.hasPeriod() ? request.from() + " to " + request.to() : "whole record");
            if (request.team() != null) {
                s.append(", team ").append(request.team());
            }
            return s.toString();
        }

        public long count(String workflow) {
            return items.stream().filter(i -> i.item().workflow().equals(workflow)).count();
        }
    }

    /**
     * A weekly or fortnightly meeting recorded as held ({@code meeting_record}, corrections applied), so that the
     * pack shows the reviews happened (issue 17).
     */
    public record MeetingHeld(String meeting, LocalDate date, String team, String chair, String attendees, String notes,
                              Integer itemsListed) {
    }

    /** A tracked item with the staff member's name and team from the directory. */
    public record Item(TrackedItem item, String staffName, String team) {
    }

    /**
     * One entry of a staff member's record: a register row (source: the register's name; corrected rows are kept
     * and say which row replaced them) or an audit log entry.
     */
    public record AuditEntry(Instant at, String source, long rowId, String businessKey, String who, String what,
                             String details) {
    }

    /** Workflows in the article's order. */
    private static final List<String> WORKFLOWS = List.of("supervision-action", "escalated-case", "probation-action");
    /** The columns every register row has; the audit trail lists the others. */
    private static final Set<String> ROW_HEADER = Set.of("id", "event_key", "process_instance_id", "business_key",
            "staff_id", "acting_user", "recorded_at", "corrects_id", "entry_type");

    private final List<TrackedItemSource> sources;
    private final List<PackKpis> kpis;
    private final StaffDirectory staff;
    private final RegisterReader registers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId zone;
    private final String serviceName;
    private final Tombstones tombstones;
    private final JdbcTemplate jdbc;

    public EvidencePack(List<TrackedItemSource> sources, List<PackKpis> kpis, StaffDirectory staff, RegisterReader registers,
                        AuditLog auditLog, Clock clock, CalendarProperties calendar,
                        @Value("${tracker.service-name:Care service}") String serviceName, Tombstones tombstones,
                        JdbcTemplate jdbc) {
        this.tombstones = tombstones;
        this.jdbc = jdbc;
        this.sources = sources;
        this.kpis = kpis;
        this.staff = staff;
        this.registers = registers;
        this.auditLog = auditLog;
        this.clock = clock;
        this.zone = calendar.zone();
        this.serviceName = serviceName;
    }

    public Contents build(Request request, String generatedBy) {
        Map<String, StaffMember> directory = staff.findAll().stream()
                .collect(Collectors.toMap(StaffMember::staffId, m -> m, (a, b) -> a, HashMap::new));
        StaffMember member = request.staffId() == null ? null : directory.get(request.staffId());
        List<AuditEntry> audit = request.staffId() == null ? List.of() : record(request.staffId());
        if (request.staffId() != null && member == null && audit.isEmpty()) {
            throw new NotFound("No staff member " + request.staffId() + " in the staff directory or the registers");
        }
        return request.staffId() == null ? periodPack(request, directory, generatedBy)
                : staffPack(request, directory, member, audit, generatedBy);
    }

    /** The figures first, then only the items open in the period and those behind a figure: not all history. */
    private Contents periodPack(Request request, Map<String, StaffMember> directory, String generatedBy) {
        ReportScope kpiScope = kpiScope(request, List.of());
        List<PackKpis.Section> sections = kpis.stream().map(k -> k.section(kpiScope, null)).toList();
        Set<String> behindFigures = keysBehind(sections);
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<TrackedItem> candidates = new ArrayList<>();
        for (TrackedItemSource source : sources) {
            candidates.addAll(source.findOpenDuring(start, end, behindFigures));
        }
        return contents(request, kpiScope, null, sections, teamOnly(request, candidates, directory), behindFigures, directory,
                List.of(), generatedBy);
    }

    private Contents staffPack(Request request, Map<String, StaffMember> directory, StaffMember member, List<AuditEntry> audit,
                               String generatedBy) {
        List<TrackedItem> candidates = new ArrayList<>();
        for (TrackedItemSource source : sources) {
            candidates.addAll(source.findByStaff(request.staffId()));
        }
        candidates = teamOnly(request, candidates, directory);
        ReportScope kpiScope = kpiScope(request, candidates);
        List<PackKpis.Section> sections = kpis.stream().map(k -> k.section(kpiScope, request.staffId())).toList();
        return contents(request, kpiScope, member, sections, candidates, keysBehind(sections), directory, audit, generatedBy);
    }

    private static Set<String> keysBehind(List<PackKpis.Section> sections) {
        Set<String> keys = new HashSet<>();
        sections.forEach(s -> s.figures().forEach(f -> f.keys().forEach(k -> keys.add(businessKeyOf(k)))));
        return keys;
    }

    private static List<TrackedItem> teamOnly(Request request, List<TrackedItem> candidates, Map<String, StaffMember> directory) {
        if (request.team() == null) {
            return candidates;
        }
        return candidates.stream().filter(i -> request.team().equals(teamOf(directory.get(i.staffId())))).toList();
    }

    private Contents contents(Request request, ReportScope kpiScope, StaffMember member, List<PackKpis.Section> sections,
                              List<TrackedItem> candidates, Set<String> behindFigures, Map<String, StaffMember> directory,
                              List<AuditEntry> audit, String generatedBy) {
        List<Item> items = candidates.stream()
                .filter(i -> !request.hasPeriod() || openDuring(i, request.from(), request.to()) || behindFigures.contains(i.businessKey()))
                .sorted(Comparator.comparingInt((TrackedItem i) -> order(i.workflow())).thenComparing(TrackedItem::businessKey))
                .map(i -> {
                    StaffMember m = directory.get(i.staffId());
                    return new Item(i, m == null ? null : m.name(), teamOf(m));
                })
                .toList();
        // items erased under the retention schedule (issue 16) are listed by their tombstones in a period's pack; a
        // tombstone names no staff member, so a staff member's pack has none
        List<Tombstone> erased = request.staffId() == null && request.hasPeriod()
                ? tombstones.ofItemsOpenDuring(request.from(), request.to(), request.team()) : List.of();
        List<MeetingHeld> meetings = request.staffId() == null && request.hasPeriod()
                ? meetingsHeld(request.from(), request.to(), request.team()) : List.of();
        return new Contents(serviceName, request, kpiScope, member, clock.now(), generatedBy, zone, sections, items, audit,
                erased, meetings);
    }

    /**
     * The meetings held in the period as the register stands (a corrected record replaced by its correction), the
     * whole service's and, for a team's pack, that team's; read from the table itself, as the meetings package
     * builds on this one and not the other way round.
     */
    private List<MeetingHeld> meetingsHeld(LocalDate from, LocalDate to, String team) {
        // the team condition is left out rather than bound as NULL: PostgreSQL cannot type "? IS NULL"
        return jdbc.query("SELECT meeting, meeting_date, team, acting_user, attendees, notes, items_listed FROM meeting_record r "
                        + "WHERE meeting_date >= ? AND meeting_date <= ? " + (team == null ? "" : "AND (team IS NULL OR team = ?) ")
                        + "AND NOT EXISTS (SELECT 1 FROM meeting_record c WHERE c.corrects_id = r.id) ORDER BY meeting_date, meeting, id",
                (rs, n) -> new MeetingHeld(rs.getString("meeting"), rs.getDate("meeting_date").toLocalDate(), rs.getString("team"),
                        rs.getString("acting_user"), rs.getString("attendees"), rs.getString("notes"),
                        rs.getObject("items_listed") == null ? null : rs.getInt("items_listed")),
                team == null ? new Object[] {java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)}
                        : new Object[] {java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), team});
    }

    /** Open at any time in the period: entered on or before its last day, not closed before its first. */
    static boolean openDuring(TrackedItem item, LocalDate from, LocalDate to) {
        return !item.openedOn().isAfter(to) && (item.closedOn() == null || !item.closedOn().isBefore(from));
    }

    private ReportScope kpiScope(Request request, List<TrackedItem> items) {
        if (request.hasPeriod()) {
            return new ReportScope(request.from(), request.to(), request.team(), null);
        }
        LocalDate today = clock.today();
        LocalDate earliest = items.stream().map(TrackedItem::openedOn).min(Comparator.naturalOrder()).orElse(today);
        LocalDate limit = today.minusYears(MAX_KPI_YEARS);
        LocalDate from = earliest.isBefore(limit) ? limit : earliest.isAfter(today) ? today : earliest;
        return new ReportScope(from, today, request.team(), null);
    }

    /** Everything the registers (every row, corrected ones too) and the audit log hold about one staff member. */
    private List<AuditEntry> record(String staffId) {
        PackFormat format = new PackFormat(zone);
        List<AuditEntry> entries = new ArrayList<>();
        Set<String> businessKeys = new LinkedHashSet<>();
        for (Register register : Register.values()) {
            List<Map<String, Object>> rows = registers.historyWhere(register, "staff_id = ?", staffId);
            Map<Long, Long> correctedBy = new HashMap<>();
            rows.stream().filter(r -> r.get("corrects_id") != null)
                    .forEach(r -> correctedBy.put(number(r.get("corrects_id")), number(r.get("id"))));
            for (Map<String, Object> row : rows) {
                long id = number(row.get("id"));
                businessKeys.add((String) row.get("business_key"));
                StringBuilder details = new StringBuilder();
                if (row.get("corrects_id") != null) {
                    details.append("corrects row ").append(row.get("corrects_id")).append("; ");
                }
                if (correctedBy.containsKey(id)) {
                    details.append("replaced by row ").append(correctedBy.get(id)).append("; ");
                }
                row.forEach((column, value) -> {
                    if (!ROW_HEADER.contains(column) && value != null) {
                        Instant at = Rows.instant(value);
                        details.append(column).append(": ").append(at == null ? value : format.instant(at)).append("; ");
                    }
                });
                entries.add(new AuditEntry(Rows.instant(row.get("recorded_at")), register.articleName(), id,
                        (String) row.get("business_key"), (String) row.get("acting_user"),
                        row.get("entry_type") == null ? "ENTRY" : (String) row.get("entry_type"),
                        details.length() == 0 ? "" : details.substring(0, details.length() - 2)));
            }
        }
        for (Map<String, Object> row : auditLog.forBusinessKeys(businessKeys)) {
            String task = (String) row.get("task_name");
            String details = (String) row.get("details");
            entries.add(new AuditEntry(Rows.instant(row.get("occurred_at")), "Audit log", number(row.get("id")),
                    (String) row.get("business_key"), (String) row.get("user_id"), (String) row.get("action"),
                    task == null ? (details == null ? "" : details) : task + (details == null ? "" : " (" + details + ")")));
        }
        entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::source).thenComparingLong(AuditEntry::rowId));
        return entries;
    }

    /** A figure's key is a business key, or for a review {@code EC-2026-000001/CASE_REVIEW/1}. */
    static String businessKeyOf(String figureKey) {
        int slash = figureKey.indexOf('/');
        return slash < 0 ? figureKey : figureKey.substring(0, slash);
    }

    private static int order(String workflow) {
        int i = WORKFLOWS.indexOf(workflow);
        return i < 0 ? WORKFLOWS.size() : i;
    }

    private static String teamOf(StaffMember m) {
        return m == null ? null : m.team();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
