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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.governance.ReportAccess;
import uk.care.tracker.governance.ReportScope;
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
    private final MeetingPackPdf pdf;

    public MeetingsController(MeetingPacks packs, MeetingCalendar calendar, ReportAccess access, Clock clock,
                              MeetingPackPdf pdf) {
        this.packs = packs;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
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
            row.put("attendees", m.attendees());
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

    MeetingPack build(Meeting meeting, LocalDate date, String team, String manager, CurrentUser user) {
        LocalDate day = date != null ? date : calendar.next(meeting, clock.today());
        LocalDate previous = calendar.previous(meeting, day);
        ReportScope scope = access.scopeFor(user, new ReportScope(previous, day, team, manager));
        return new MeetingPack(meeting.id(), meeting.title(), day, previous, calendar.next(meeting, day.plusDays(1)),
                scope.team(), scope.manager(), packs.sections(meeting, scope));
    }
}
