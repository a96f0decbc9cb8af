package dk.tillid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Formatting and machine facts for the benchmarks' tables. */
final class Figures {

    private Figures() {
    }

    static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** The load average, so that a reader knows whether the machine was shared while the figures were taken. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (load 1, 5, 15 min; "
                    + Runtime.getRuntime().availableProcessors() + " CPUs)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Collections so far and their time in ms, all collectors together. */
    static long[] gc() {
        long[] total = new long[2];
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total[0] += Math.max(0, collector.getCollectionCount());
            total[1] += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes this thread has allocated so far. */
    static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
