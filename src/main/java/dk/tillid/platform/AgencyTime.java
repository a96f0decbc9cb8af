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

    /** The agency's time zone, as annotations (a schedule's zone) need it: a constant. */
    public static final String ZONE_ID = "Europe/Copenhagen";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

    /** "Today" as the agency means it: the date in Denmark by the one clock (a UTC date is wrong for two hours a night). */
    /** The day in Denmark an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

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
