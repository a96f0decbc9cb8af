package dk.tillid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds (user and system) used so far by this JVM and by a PostgreSQL server with all its
 * backends: what work really costs on a shared machine, where wall-clock throughput mostly
 * measures the scheduler. Linux only (reads /proc).
 */
public final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final long postmasterPid;

    public CpuMeter(Path postgresDataDirectory) {
        try {
            this.postmasterPid = Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("No running PostgreSQL in " + postgresDataDirectory, e);
        }
    }

    public double seconds() {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
        return Stream.concat(Stream.of(ProcessHandle.current(), postmaster), postmaster.descendants())
                .mapToDouble(CpuMeter::seconds).sum();
    }

    private static double seconds(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
