package dk.tillid.site;

import java.time.Clock;
import java.time.Duration;

import dk.tillid.platform.Networks;
import dk.tillid.platform.SlidingWindowLimiter;
import dk.tillid.platform.SlidingWindowLimiter.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down mass registration: so many attempts per network (IPv4 /24, IPv6 /48) per hour, and so
 * many in all. Kept in memory only (per instance); the networks are forgotten as their hour passes.
 */
@Component
class RegistrationLimiter {

    static final Duration WINDOW = Duration.ofHours(1);

    private final SlidingWindowLimiter limiter;
    private final int perNetwork;
    private final int overall;

    RegistrationLimiter(@Value("${tillid.site.registrations-per-network-per-hour:5}") int perNetwork,
                        @Value("${tillid.site.registrations-per-hour:300}") int overall, Clock clock) {
        this.limiter = new SlidingWindowLimiter(WINDOW, clock);
        this.perNetwork = perNetwork;
        this.overall = overall;
    }

    /** Counts an attempt from this address; false if it is one too many. */
    boolean allow(String remoteAddress) {
        String network = Networks.of(remoteAddress);
        return limiter.allow(new Limit("network:" + (network == null ? "unknown" : network), perNetwork),
                new Limit("all", overall));
    }

    void forgetAll() {
        limiter.forgetAll();
    }
}
