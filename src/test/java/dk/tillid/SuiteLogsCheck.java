package dk.tillid;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the whole suite (its own Surefire execution in the verify phase, see the pom): no line
 * the suite wrote holds a CPR-shaped number, and no request failed with a stack trace on its way to a
 * user. The name does not end in "Test" so the suite itself does not run it before its logs exist.
 */
class SuiteLogsCheck {

    @Test
    void theLogsOfTheWholeSuiteHoldNoCprNumberAndNoFailedRequest() {
        Path reports = Path.of(System.getProperty("tillid.suite-reports", "target/surefire-reports"));
        SuiteLogs.Scan scan = SuiteLogs.scan(reports);

        assertThat(scan.files()).as("the suite's output files in " + reports + " (redirectTestOutputToFile)").isPositive();
        if (Files.exists(reports.resolve("TEST-" + SuiteLogs.CANARY_CLASS + ".xml"))) {
            assertThat(scan.canarySeen()).as("the planted line of LogScanCanaryTest must be found: else the scan sees no logs")
                    .isTrue();
        }
        assertThat(scan.findings()).as("lines of the suite's logs").isEmpty();
    }
}
