package uk.care.tracker.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.reports.ReportAccess;
import uk.care.tracker.reports.ReportScope;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/** {@code /api/meetings}: the list each meeting works from, with the reports' filters and access rules. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meeting packs", description = "The list each weekly and fortnightly meeting works from")
public class MeetingsController {

    private final MeetingPacks packs;
    private final MeetingCalendar calendar;
    private final ReportAccess access;
    private final Clock clock;
    private final MeetingRecords records;
    private final MeetingPackPdf pdf;

    /** Who chairs the meetings, and so records them. */
    static final List<String> CHAIRS = List.of(CareGroups.REGISTERED_MANAGERS, CareGroups.DEPUTY_MANAGERS);

    public MeetingsController(MeetingPacks packs, MeetingCalendar calendar, ReportAccess access, Clock clock,
                              MeetingRecords records, MeetingPackPdf pdf) {
        this.packs = packs;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
        this.records = records;
        this.pdf = pdf;
    }

    @Operation(summary = "The meetings with their next sitting")
    @GetMapping
    public List<Map<String, Object>> meetings(@Parameter(hidden = true) CurrentUser user) {
        LocalDate today = clock.today();
        access.scopeFor(user, ReportScope.of(today, today));
        return Arrays.stream(Meeting.values()).map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("meeting", m.id());
            row.put("title", m.title());
            row.put("next", calendar.next(m, today));
            row.put("attendees", calendar.attendees(m));
            return row;
        }).toList();
    }

    @Operation(summary = "One meeting's list for a date (default: its next sitting), with the team and manager filters")
    @GetMapping("/{meeting:[a-z-]+}")
    public MeetingPack pack(@PathVariable String meeting,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                            @RequestParam(required = false) String team,
                            @RequestParam(required = false) String manager,
                            @Parameter(hidden = true) CurrentUser user) {
        return build(Meeting.byId(meeting), date, team, manager, user);
    }

    @Operation(summary = "One meeting's list as a printable PDF (A4, about ten items a page)")
    @GetMapping(value = "/{meeting:[a-z-]+}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> pdf(@PathVariable String meeting,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                      @RequestParam(required = false) String team,
                                      @RequestParam(required = false) String manager,
                                      @Parameter(hidden = true) CurrentUser user) {
        MeetingPack pack = build(Meeting.byId(meeting), date, team, manager, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pack.meeting() + "-" + pack.date() + ".pdf").build().toString())
                .body(pdf.write(pack));
    }

    /** What the chair sends: the day the meeting sat, who attended, the notes; the team when it was one team's. */
    public record RecordRequest(LocalDate date, List<String> attendees, String notes, String team) {
    }

    @Operation(summary = "Record that the meeting took place (registered and deputy managers, who chair)")
    @PostMapping("/{meeting:[a-z-]+}/record")
    public ResponseEntity<Map<String, Object>> record(@PathVariable String meeting, @RequestBody RecordRequest request,
                                                      @Parameter(hidden = true) CurrentUser user) {
        Meeting chosen = Meeting.byId(meeting);
        if (!user.inAnyGroup(CHAIRS)) {
            throw new Forbidden("Registered and deputy managers, who chair the meetings, record them");
        }
        if (request == null || request.date() == null) {
            throw new BadRequest("Give the date the meeting took place as date=2026-12-18");
        }
        if (request.date().isAfter(clock.today())) {
            throw new BadRequest("A meeting is recorded once it has taken place; " + request.date() + " is still to come");
        }
        List<String> attendees = request.attendees() == null ? List.of()
                : request.attendees().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        if (attendees.isEmpty()) {
            throw new BadRequest("Name who attended");
        }
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().trim();
        if (notes != null && notes.length() > 4000) {
            throw new BadRequest("The notes take at most 4000 characters");
        }
        String team = request.team() == null || request.team().isBlank() ? null : request.team().trim();
        MeetingPack pack = build(chosen, request.date(), team, null, user);
        boolean written = records.append(new MeetingRecords.Entry(chosen.id(), request.date(), team, attendees, notes,
                pack.itemCount()), user.userId());
        if (!written) {
            throw new BadRequest("The " + chosen.title() + " of " + request.date() + " is already recorded");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meeting", chosen.id());
        body.put("date", request.date());
        body.put("chairedBy", user.userId());
        body.put("attendees", attendees);
        body.put("itemsListed", pack.itemCount());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @Operation(summary = "The meetings recorded as held in a period (oversight groups)")
    @GetMapping("/records")
    public List<Map<String, Object>> records(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @Parameter(hidden = true) CurrentUser user) {
        access.requireOversight(user);
        ReportScope scope = ReportScope.of(from, to);
        return records.between(scope.from(), scope.to());
    }

    MeetingPack build(Meeting meeting, LocalDate date, String team, String manager, CurrentUser user) {
        LocalDate day = date != null ? date : calendar.next(meeting, clock.today());
        LocalDate previous = calendar.previous(meeting, day);
        ReportScope scope = access.scopeFor(user, new ReportScope(previous, day, team, manager));
        return new MeetingPack(meeting.id(), meeting.title(), day, previous, calendar.next(meeting, day.plusDays(1)),
                scope.team(), scope.manager(), packs.sections(meeting, scope));
    }
}
