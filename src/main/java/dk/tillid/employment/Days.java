package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;

import dk.tillid.platform.AgencyTime;

/** "Today" as the agency's staff mean it: the date in Denmark, by the one clock. */
final class Days {

    private Days() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), AgencyTime.ZONE);
    }
}
