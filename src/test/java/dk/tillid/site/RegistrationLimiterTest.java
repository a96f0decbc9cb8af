package dk.tillid.site;

import java.time.Duration;

import dk.tillid.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationLimiterTest {

    final MutableClock clock = new MutableClock();

    @Test
    void aNetworkGetsItsAttemptsPerHourAndThenWaits() {
        RegistrationLimiter limiter = new RegistrationLimiter(3, 100, clock);

        assertThat(limiter.allow("192.0.2.10")).isTrue();
        assertThat(limiter.allow("192.0.2.11")).isTrue();
        assertThat(limiter.allow("192.0.2.12")).isTrue();
        assertThat(limiter.allow("192.0.2.13")).as("same /24 network").isFalse();
        assertThat(limiter.allow("198.51.100.1")).as("another network").isTrue();

        clock.advance(RegistrationLimiter.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(limiter.allow("192.0.2.10")).isTrue();
    }

    @Test
    void theWholeSiteHasACeilingToo() {
        RegistrationLimiter limiter = new RegistrationLimiter(100, 2, clock);

        assertThat(limiter.allow("192.0.2.1")).isTrue();
        assertThat(limiter.allow("198.51.100.1")).isTrue();
        assertThat(limiter.allow("203.0.113.1")).isFalse();
    }
}
