package dk.tillid.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as the agency's staff read them: Danish time. Stored times stay UTC; pages call
 * {@code ${@agencyTime.minutes(instant)}}.
 */
@Component("agencyTime")
public class AgencyTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    /** "Today" as the agency means it: the date in Denmark by the one clock (a UTC date is wrong for two hours a night). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
