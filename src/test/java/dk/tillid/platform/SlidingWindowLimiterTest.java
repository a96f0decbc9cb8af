package dk.tillid.platform;

import java.time.Duration;

import dk.tillid.MutableClock;
import dk.tillid.platform.SlidingWindowLimiter.Limit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingWindowLimiterTest {

    final MutableClock clock = new MutableClock();
    final SlidingWindowLimiter limiter = new SlidingWindowLimiter(Duration.ofHours(1), clock);

    @Test
    void aRefusedAttemptCountsUnderNoKeyAndTheWindowSlides() {
        assertThat(limiter.allow(new Limit("a", 1), new Limit("all", 2))).isTrue();
        assertThat(limiter.allow(new Limit("a", 1), new Limit("all", 2))).as("a is full").isFalse();
        assertThat(limiter.allow(new Limit("b", 1), new Limit("all", 2))).as("the refusal did not use up 'all'").isTrue();
        assertThat(limiter.allow(new Limit("c", 1), new Limit("all", 2))).as("all is full").isFalse();

        clock.advance(Duration.ofMinutes(61));

        assertThat(limiter.allow(new Limit("a", 1), new Limit("all", 2))).isTrue();
    }
}
