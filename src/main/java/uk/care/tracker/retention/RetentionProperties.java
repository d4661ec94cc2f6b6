package uk.care.tracker.retention;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention schedule (README, "How long records are kept"): for each kind of record, the event its period
 * counts from and the period. Set under {@code tracker.retention.rules.<kind>} (environment
 * {@code TRACKER_RETENTION_RULES_SUPERVISIONACTIONS_PERIOD=P6Y} and so on).
 */
@ConfigurationProperties("tracker.retention")
public record RetentionProperties(Map<RecordKind, Rule> rules) {

    /** The event a retention period counts from. */
    public enum CountedFrom {
        /** The staff member's leaving date in the staff directory (never, while they have none), or the item's closure if later. */
        LEAVING,
        /** The day the item was closed. */
        CLOSURE,
        /** The day the entry itself was recorded (audit entries and reminders not about an item). */
        RECORDED
    }

    /** One line of the schedule. */
    public record Rule(CountedFrom countedFrom, Period period) {

        public Rule {
            if (countedFrom == null || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A retention rule needs counted-from and a positive period (for example P6Y)");
            }
        }

        /** "6 years after leaving" */
        public String describe() {
            return PeriodText.of(period) + " after " + switch (countedFrom) {
                case LEAVING -> "the staff member left (or the item closed, if later)";
                case CLOSURE -> "the item closed";
                case RECORDED -> "it was recorded";
            };
        }
    }

    public RetentionProperties {
        Map<RecordKind, Rule> all = new LinkedHashMap<>(RecordKind.defaults());
        if (rules != null) {
            all.putAll(rules);
        }
        rules = Map.copyOf(all);
    }

    public Rule rule(RecordKind kind) {
        return rules.get(kind);
    }

    /** "6 years", "18 months" */
    static final class PeriodText {
        static String of(Period period) {
            Period p = period.normalized();
            StringBuilder s = new StringBuilder();
            append(s, p.getYears(), "year");
            append(s, p.getMonths(), "month");
            append(s, p.getDays(), "day");
            return s.toString();
        }

        private static void append(StringBuilder s, int n, String unit) {
            if (n != 0) {
                s.append(s.isEmpty() ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
            }
        }
    }
}
