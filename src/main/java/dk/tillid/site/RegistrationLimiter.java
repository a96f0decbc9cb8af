package dk.tillid.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down mass registration: so many attempts per network (IPv4 /24, IPv6 /48) per hour, and so
 * many in all. Kept in memory only (per instance); the networks are forgotten as their hour passes.
 */
@Component
class RegistrationLimiter {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();
    private final int perNetwork;
    private final int overall;
    private final Clock clock;

    RegistrationLimiter(@Value("${tillid.site.registrations-per-network-per-hour:5}") int perNetwork,
                        @Value("${tillid.site.registrations-per-hour:300}") int overall, Clock clock) {
        this.perNetwork = perNetwork;
        this.overall = overall;
        this.clock = clock;
    }

    /** Counts an attempt from this address; false if it is one too many. */
    synchronized boolean allow(String remoteAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        attempts.values().forEach(times -> dropBefore(times, since));
        attempts.values().removeIf(Deque::isEmpty);
        dropBefore(all, since);
        String network = PageViews.network(remoteAddress);
        Deque<Instant> mine = attempts.computeIfAbsent(network == null ? "unknown" : network, key -> new ArrayDeque<>());
        if (mine.size() >= perNetwork || all.size() >= overall) {
            return false;
        }
        mine.addLast(now);
        all.addLast(now);
        return true;
    }

    synchronized void forgetAll() {
        attempts.clear();
        all.clear();
    }

    private static void dropBefore(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }
}
