package uk.care.tracker.evidencepack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.care.tracker.evidencepack.EvidencePack.Item;
import uk.care.tracker.staff.StaffMember;

/** How an evidence pack writes values, the same in the PDF and the spreadsheet. */
final class PackFormat {

    static final String HOW_TO_READ = "Every figure and every item is read from the registers as they stand when the pack is "
            + "generated (a corrected row counts as corrected). Each figure lists the business keys of the items behind it; "
            + "every one of those items is in section 2, with who owned it, when it was entered, reviewed and escalated, "
            + "and the evidence that closed it. Dates are the provider's calendar days; times are local.";
    static final String STAFF_RECORD = "Section 3 lists everything the tracker holds about this staff member: every "
            + "register row about them (corrected rows included, each saying which row replaced it) and every audit log "
            + "entry about their items. With the staff directory entry above, this answers a subject access request.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    PackFormat(ZoneId zone) {
        this.zone = zone;
    }

    String instant(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    String staff(Item item) {
        String who = item.staffName() == null ? item.item().staffId() : item.staffName() + " (" + item.item().staffId() + ")";
        return item.team() == null ? who : who + ", " + item.team();
    }

    String staffEntryShort(StaffMember m, String staffId) {
        return m == null ? staffId : m.name() + " (" + staffId + ")";
    }

    /** The staff directory entry in one line. */
    String staffEntry(StaffMember m, String staffId) {
        if (m == null) {
            return staffId + " (no longer in the staff directory)";
        }
        return m.name() + " (" + m.staffId() + "), " + m.jobRole() + ", " + m.team() + "; line manager " + m.lineManager()
                + "; started " + date(m.startDate()) + "; probation ends " + date(m.probationEndDate());
    }

    static String value(PackKpis.Figure f) {
        if (f.value() == null) {
            return "n/a";
        }
        String n = f.value() instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(f.value());
        return switch (f.unit()) {
            case "%" -> n + "%";
            case "days" -> n + " days";
            default -> n;
        };
    }

    static String workflow(String workflow) {
        return switch (workflow) {
            case "supervision-action" -> "Supervision action";
            case "escalated-case" -> "Escalated case";
            case "probation-action" -> "Probation action";
            default -> workflow;
        };
    }
}
