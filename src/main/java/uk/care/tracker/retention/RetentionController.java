package uk.care.tracker.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.registers.AuditLog;
import uk.care.tracker.registers.AuditLog.AuditEvent;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItemSource;
import uk.care.tracker.retention.LegalHolds.SubjectType;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/**
 * The retention schedule, legal holds and leavers' open items:
 * {@code GET /api/retention/schedule}, {@code GET|POST /api/retention/holds}, {@code POST /api/retention/holds/lift},
 * {@code GET /api/retention/leavers}, {@code GET /api/retention/tombstones/{businessKey}}.
 */
@RestController
@RequestMapping("/api/retention")
public class RetentionController {

    /** Who may place and lift a legal hold. */
    static final List<String> HOLDERS = List.of(CareGroups.REGISTERED_MANAGERS, CareGroups.HR_LEADS, CareGroups.ADMINS);

    private final RetentionProperties schedule;
    private final LegalHolds holds;
    private final StaffDirectory staff;
    private final List<TrackedItemSource> sources;
    private final Tombstones tombstones;
    private final AuditLog audit;
    private final Clock clock;

    public RetentionController(RetentionProperties schedule, LegalHolds holds, StaffDirectory staff,
                               List<TrackedItemSource> sources, Tombstones tombstones, AuditLog audit, Clock clock) {
        this.schedule = schedule;
        this.holds = holds;
        this.staff = staff;
        this.sources = sources;
        this.tombstones = tombstones;
        this.audit = audit;
        this.clock = clock;
    }

    public record ScheduleLine(RecordKind kind, RetentionProperties.CountedFrom countedFrom, String period, String meaning) {
    }

    @GetMapping("/schedule")
    public List<ScheduleLine> schedule() {
        List<ScheduleLine> lines = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            RetentionProperties.Rule rule = schedule.rule(kind);
            lines.add(new ScheduleLine(kind, rule.countedFrom(), rule.period().toString(), rule.describe()));
        }
        return lines;
    }

    @GetMapping("/holds")
    public List<LegalHolds.Hold> activeHolds(CurrentUser user) {
        requireOversight(user);
        return holds.list();
    }

    /** A hold to place or lift: {@code {"subjectType":"STAFF","subject":"S1001","reason":"Employment tribunal claim"}}. */
    public record HoldRequest(SubjectType subjectType, String subject, String reason) {
    }

    @PostMapping("/holds")
    public LegalHolds.Hold place(@RequestBody HoldRequest request, CurrentUser user) {
        checked(request, user);
        requireSubjectExists(request);
        holds.record("hold:" + UUID.randomUUID(), request.subjectType(), request.subject().trim(), true,
                request.reason().trim(), user.userId(), null);
        audit.record(new AuditEvent("legal-hold:" + UUID.randomUUID(), user.userId(), "LEGAL_HOLD_PLACED",
                request.subjectType() == SubjectType.ITEM ? request.subject().trim() : null, null, null, null,
                request.subjectType() + " " + request.subject().trim() + ": " + request.reason().trim()));
        return holds.active().get(request.subjectType() + ":" + request.subject().trim());
    }

    @PostMapping("/holds/lift")
    public Map<String, Object> lift(@RequestBody HoldRequest request, CurrentUser user) {
        checked(request, user);
        String subject = request.subject().trim();
        if (!holds.active().containsKey(request.subjectType() + ":" + subject)) {
            throw new BadRequest("There is no legal hold on " + request.subjectType() + " " + EntryCheck.shown(subject));
        }
        holds.record("lift:" + UUID.randomUUID(), request.subjectType(), subject, false, request.reason().trim(),
                user.userId(), null);
        audit.record(new AuditEvent("legal-hold:" + UUID.randomUUID(), user.userId(), "LEGAL_HOLD_LIFTED",
                request.subjectType() == SubjectType.ITEM ? subject : null, null, null, null,
                request.subjectType() + " " + subject + ": " + request.reason().trim()));
        return Map.of("subjectType", request.subjectType(), "subject", subject, "lifted", true);
    }

    /** Open items of staff who have left (leaving date today or earlier): to be reassigned or closed. */
    public record LeaverItem(String staffId, String name, String team, java.time.LocalDate leavingDate, String businessKey,
                             String workflow, TrackedItem.Status status, String owner) {
    }

    @GetMapping("/leavers")
    public List<LeaverItem> leaversOpenItems(CurrentUser user) {
        requireOversight(user);
        List<LeaverItem> open = new ArrayList<>();
        for (StaffMember m : staff.leftOnOrBefore(clock.today())) {
            for (TrackedItemSource source : sources) {
                for (TrackedItem item : source.findByStaff(m.staffId())) {
                    if (item.status() != TrackedItem.Status.CLOSED) {
                        open.add(new LeaverItem(m.staffId(), m.name(), m.team(), m.leavingDate(), item.businessKey(),
                                item.workflow(), item.status(), item.owner()));
                    }
                }
            }
        }
        return open;
    }

    @GetMapping("/tombstones/{businessKey}")
    public List<Tombstones.Tombstone> tombstone(@PathVariable String businessKey, CurrentUser user) {
        requireOversight(user);
        return tombstones.ofBusinessKey(businessKey);
    }

    private void checked(HoldRequest request, CurrentUser user) {
        if (!user.inAnyGroup(HOLDERS)) {
            throw new Forbidden("Only registered managers, HR leads and administrators may place or lift a legal hold");
        }
        EntryCheck check = new EntryCheck("The legal hold");
        check.require(request != null && request.subjectType() != null, "Say whether the hold is on a STAFF member or an ITEM");
        if (request != null) {
            check.requireText(request.subject(), 1, 64, "Name the staff id or business key");
            check.requireText(request.reason(), 10, 2000, "Give the reason for the hold (at least 10 characters)");
            if (check.ok() && request.subjectType() == SubjectType.ITEM) {
                check.require(RecordKind.ofBusinessKey(request.subject().trim()) != null,
                        "An item hold names a business key such as SA-2026-000042");
            }
        }
        check.orRefuse();
    }

    /**
     * A hold on a mistyped staff id or business key would protect nothing while looking as if it did, so a hold is
     * placed only on someone in the staff directory or an item that exists.
     */
    private void requireSubjectExists(HoldRequest request) {
        String subject = request.subject().trim();
        boolean exists = request.subjectType() == SubjectType.STAFF
                ? staff.find(subject).isPresent()
                : sources.stream().anyMatch(source -> subject.startsWith(source.prefix() + "-") && source.find(subject).isPresent());
        if (!exists) {
            throw new BadRequest(request.subjectType() == SubjectType.STAFF
                    ? "There is no staff member " + EntryCheck.shown(subject) + " in the staff directory; check the staff id"
                    : "There is no item " + EntryCheck.shown(subject) + "; check the business key");
        }
    }

    private static void requireOversight(CurrentUser user) {
        if (!user.inAnyGroup(CareGroups.OVERSIGHT)) {
            throw new Forbidden("Only oversight roles may see legal holds and leavers' open items");
        }
    }
}
