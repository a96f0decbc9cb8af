package dk.tillid.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Times operations and prints the figures as a table. Benchmarks report; they do not assert
 * speed, which depends on the machine.
 */
public final class BenchmarkTable {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    public BenchmarkTable(String title) {
        this.title = title;
    }

    /** Scale from {@code -Dbench.scale=N}; the default suits a laptop run of a few seconds. */
    public static int scale(int fallback) {
        return Integer.getInteger("bench.scale", fallback);
    }

    /** Runs {@code operation} for 0..n-1, timing each call, and adds a row. */
    public void measure(String operation, int n, IntConsumer action) {
        long[] nanos = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long before = System.nanoTime();
            action.accept(i);
            nanos[i] = System.nanoTime() - before;
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        rows.add(new String[] {
                operation,
                String.valueOf(n),
                format(total / 1e6),
                format(n / (total / 1e9)),
                format(percentile(nanos, 50) / 1e3),
                format(percentile(nanos, 95) / 1e3),
                format(percentile(nanos, 99) / 1e3)});
    }

    public void print() {
        print(title, new String[] {"operation", "n", "total ms", "ops/s", "p50 µs", "p95 µs", "p99 µs"}, rows);
    }

    /** Prints any table in the same layout: the first column left-aligned, the others right-aligned. */
    public static void print(String title, String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder("\n== ").append(title).append(" ==\n");
        out.append(line(header, widths)).append(separator(widths));
        rows.forEach(row -> out.append(line(row, widths)));
        System.out.println(out);
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("| ");
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            line.append(c == 0 ? pad(cell, widths[c], false) : pad(cell, widths[c], true)).append(" | ");
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static String separator(int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append("|");
        }
        return line + "\n";
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
