package dk.tillid.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts attempts per key (a network, an address, "all") over a sliding window and says when one
 * is too many. In memory, per instance; keys are forgotten as their window passes.
 */
public final class SlidingWindowLimiter {

    private final Map<String, Deque<Instant>> attempts = new HashMap<>();
    private final Duration window;
    private final Clock clock;

    public SlidingWindowLimiter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** At most {@code max} attempts under {@code key} in the window. */
    public record Limit(String key, int max) {
    }

    /** Counts one attempt under every key if each is still below its limit; otherwise counts nothing and answers false. */
    public synchronized boolean allow(Limit... limits) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        attempts.values().forEach(times -> {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
        });
        attempts.values().removeIf(Deque::isEmpty);
        for (Limit limit : limits) {
            Deque<Instant> times = attempts.get(limit.key());
            if (times != null && times.size() >= limit.max()) {
                return false;
            }
        }
        for (Limit limit : limits) {
            attempts.computeIfAbsent(limit.key(), key -> new ArrayDeque<>()).addLast(now);
        }
        return true;
    }

    public synchronized void forgetAll() {
        attempts.clear();
    }
}
