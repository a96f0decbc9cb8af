package dk.tillid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares how long two kinds of request take (an existing account against an unknown one, say),
 * so that an answer's timing cannot tell them apart: interleaved, after a warm-up, by the median
 * of each, with a generous bound so that a busy machine does not make the test flaky. The figures
 * are printed.
 */
public final class TimingComparison {

    private TimingComparison() {
    }

    /**
     * Runs each kind {@code tries} times (the argument is the try's number) and asserts the medians
     * differ by less than {@code absolute} or {@code relative} of the larger median, whichever is more.
     */
    public static void assertSimilar(String what, int tries, IntConsumer existing, IntConsumer unknown,
                                     Duration absolute, double relative) {
        for (int i = 0; i < 3; i++) {
            existing.accept(-1 - i);
            unknown.accept(-1 - i);
        }
        List<Long> known = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            known.add(time(existing, i));
            other.add(time(unknown, i));
        }
        long a = median(known);
        long b = median(other);
        long bound = Math.max(absolute.toNanos(), (long) (relative * Math.max(a, b)));
        System.out.printf("%s: median existing %.1f ms, unknown %.1f ms, difference %.1f ms (bound %.1f ms)%n", what,
                a / 1e6, b / 1e6, Math.abs(a - b) / 1e6, bound / 1e6);
        assertThat(Math.abs(a - b)).as("%s: the timing tells existing from unknown", what).isLessThan(bound);
    }

    private static long time(IntConsumer request, int i) {
        long start = System.nanoTime();
        request.accept(i);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
