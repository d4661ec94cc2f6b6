package uk.care.tracker.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provider's time zone and the UK region whose bank holidays count.
 *
 * @param zone   the provider's zone; every "00:00" and "end of day" in the rules is local to it
 * @param region jollyday subdivision of {@code gb}: eng (England and Wales), sct, nir or wls
 */
@ConfigurationProperties("tracker.calendar")
public record CalendarProperties(ZoneId zone, String region) {

    public CalendarProperties {
        if (zone == null) {
            zone = ZoneId.of("Europe/London");
        }
        if (region == null || region.isBlank()) {
            region = "eng";
        }
    }
}
