package uk.care.tracker.support;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Register rows written straight into the tables for the random-register comparisons, at any instant, corrections included. */
public class RegisterRows {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Bank holidays of England and Wales in 2031 and 2032, to put deadlines, due days and closures on. */
    public static final List<LocalDate> BANK_HOLIDAYS = List.of(LocalDate.of(2031, 4, 11), LocalDate.of(2031, 4, 14),
            LocalDate.of(2031, 5, 5), LocalDate.of(2031, 8, 25), LocalDate.of(2031, 12, 25), LocalDate.of(2031, 12, 26),
            LocalDate.of(2032, 1, 1));

    protected final JdbcTemplate jdbc;
    protected final Random random;
    private long events;

    public RegisterRows(JdbcTemplate jdbc, Random random) {
        this.jdbc = jdbc;
        this.random = random;
    }

    /** Some time of that day, local time. */
    public Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60))).atZone(ZONE).toInstant();
    }

    /** Just before or after midnight, local time: where a day computed in UTC would be wrong. */
    public Instant nearMidnight(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant().plusSeconds(random.nextBoolean() ? 60L * random.nextInt(90) : -60L * (1 + random.nextInt(90)));
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** One register row recorded at {@code at}; answers its id. */
    public long write(String table, String key, String staffId, Instant at, Long corrects, Map<String, Object> columns) {
        String eventKey = "random:" + key + ":" + (events++) + ":" + random.nextLong();
        List<Object> values = new ArrayList<>(List.of(eventKey, key, staffId, "tester", Timestamp.from(at)));
        values.add(corrects);
        values.addAll(columns.values());
        String sql = "INSERT INTO " + table + " (event_key, business_key, staff_id, acting_user, recorded_at, corrects_id, "
                + String.join(", ", columns.keySet()) + ") VALUES (?, ?, ?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                statement.setObject(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
            }
            return statement;
        }, keys);
        return ((Number) keys.getKeys().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst()
                .map(Map.Entry::getValue).orElseThrow()).longValue();
    }
}
