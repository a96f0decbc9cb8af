package dk.tillid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.tillid.platform.CprShape;

/**
 * Reads what the test suite wrote: Surefire keeps each test class's output, the application's log
 * lines included, in {@code target/surefire-reports/<class>-output.txt} (redirectTestOutputToFile in
 * the pom). Finds CPR-shaped numbers and the traces of a request that failed on its way to a user.
 * Ids and random tokens are taken out of a line first: they hold digit runs by chance.
 */
final class SuiteLogs {

    /** The planted line of {@link LogScanCanaryTest}: found, it proves the scan sees the logs. */
    static final String CANARY = "log-scan canary";
    static final String CANARY_CLASS = "dk.tillid.LogScanCanaryTest";

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_+/=-]{16,}");
    /** An exception that left the web layer: Tomcat or the dispatcher logs it before the user sees a 500. */
    private static final Pattern REQUEST_FAILED = Pattern.compile(
            "Servlet\\.service\\(\\) for servlet .* threw exception|Request processing failed");

    record Finding(Path file, int line, String what) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + ": " + what;
        }
    }

    record Scan(int files, boolean canarySeen, List<Finding> findings) {
    }

    private SuiteLogs() {
    }

    static Scan scan(Path directory) {
        List<Finding> findings = new ArrayList<>();
        boolean canary = false;
        int files = 0;
        try (Stream<Path> outputs = Files.list(directory)) {
            for (Path output : outputs.filter(path -> path.getFileName().toString().endsWith("-output.txt")).sorted().toList()) {
                files++;
                List<String> lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
                for (int n = 0; n < lines.size(); n++) {
                    String line = new String(lines.get(n).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    if (cprShaped(line)) {
                        if (line.contains(CANARY)) {
                            canary = true;
                        } else {
                            findings.add(new Finding(output, n + 1, "a CPR-shaped number: " + CprShape.withheld(line, "[…]")));
                        }
                    }
                    if (REQUEST_FAILED.matcher(line).find()) {
                        findings.add(new Finding(output, n + 1, "a request failed with a stack trace: " + CprShape.withheld(line, "[…]")));
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Scan(files, canary, findings);
    }

    static boolean cprShaped(String line) {
        String withoutIds = UUID.matcher(line).replaceAll("-");
        withoutIds = TOKEN.matcher(withoutIds).replaceAll(token -> token.group().matches(".*[A-Za-z].*") ? "-" : token.group());
        return CprShape.appearsIn(withoutIds);
    }
}
