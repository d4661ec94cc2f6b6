package uk.care.tracker.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one meeting works from on one date: its sections, each a list of items in the order the meeting takes them.
 * Every item has {@code key} (the business key) and {@code link} (its readable view); the other fields are the
 * section's {@code columns}, in order.
 */
public record MeetingPack(String meeting, String title, LocalDate date, LocalDate previousMeeting, LocalDate nextMeeting,
                          String team, String manager, List<Section> sections) {

    public record Section(String name, String title, List<String> columns, List<Map<String, Object>> items) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }
}
