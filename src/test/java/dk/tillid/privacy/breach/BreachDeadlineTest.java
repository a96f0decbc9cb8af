package dk.tillid.privacy.breach;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.tillid.platform.AgencyTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 72 hours to Datatilsynet: counted as elapsed time from awareness, whatever the wall clock does. */
class BreachDeadlineTest {

    @Test
    void seventyTwoHoursAcrossTheAutumnChangeEndOneWallClockHourEarlier() {
        // 2026-10-24 10:00 summer time (UTC+2); the clocks go back on 25 October at 03:00.
        Instant aware = Breaches.instant(LocalDateTime.of(2026, 10, 24, 10, 0));

        Instant deadline = breach(aware, null, null).authorityDeadline();

        assertThat(deadline).isEqualTo(Instant.parse("2026-10-27T08:00:00Z"));
        assertThat(AgencyTime.MINUTES.format(deadline)).as("shown in Danish (winter) time").isEqualTo("2026-10-27 09:00");
        assertThat(Duration.between(aware, deadline)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void seventyTwoHoursAcrossTheSpringChangeEndOneWallClockHourLater() {
        // 2027-03-27 10:00 winter time (UTC+1); the clocks go forward on 28 March at 02:00.
        Instant aware = Breaches.instant(LocalDateTime.of(2027, 3, 27, 10, 0));

        assertThat(AgencyTime.MINUTES.format(breach(aware, null, null).authorityDeadline())).isEqualTo("2027-03-30 11:00");
    }

    @Test
    void theStateFollowsTheClockUntilTheAuthorityQuestionIsSettled() {
        Instant aware = Instant.parse("2026-11-02T09:00:00Z");
        Breach open = breach(aware, null, null);

        assertThat(open.deadlineState(aware.plus(Duration.ofHours(71)))).isEqualTo(Breach.DeadlineState.RUNNING);
        assertThat(open.timeLeft(aware.plus(Duration.ofHours(71)))).isEqualTo(Duration.ofHours(1));
        assertThat(open.deadlineState(aware.plus(Duration.ofHours(72)))).as("the last moment still counts")
                .isEqualTo(Breach.DeadlineState.RUNNING);
        assertThat(open.deadlineState(aware.plus(Duration.ofHours(72)).plusSeconds(1))).isEqualTo(Breach.DeadlineState.OVERDUE);
        assertThat(open.timeLeft(aware.plus(Duration.ofHours(75)))).isNegative();

        Instant later = aware.plus(Duration.ofDays(10));
        assertThat(breach(aware, aware.plus(Duration.ofHours(70)), null).deadlineState(later)).isEqualTo(Breach.DeadlineState.NOTIFIED);
        assertThat(breach(aware, aware.plus(Duration.ofHours(73)), null).deadlineState(later))
                .isEqualTo(Breach.DeadlineState.NOTIFIED_LATE);
        assertThat(breach(aware, null, "Krypteret bærbar, nøglen ikke mistet").deadlineState(later))
                .isEqualTo(Breach.DeadlineState.NOT_REQUIRED);
    }

    private static Breach breach(Instant aware, Instant notified, String noNotification) {
        return new Breach(new BreachId(UUID.randomUUID()), null, null, aware, "Bærbar stjålet", List.of("P-DATA-1"), 10, 10,
                "Misbrug af kontaktoplysninger", "Fjernsletning", aware, "dpo", notified, notified == null ? null : "2026-123-4567",
                noNotification, false, null, null);
    }
}
