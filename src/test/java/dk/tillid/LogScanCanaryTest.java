package dk.tillid;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plants one CPR-shaped number in the suite's log, through the same logger the application uses, so
 * that {@link SuiteLogsCheck} (run after the suite) proves it really reads the logs: it must find this
 * line, and only this one. The number is made up (1 January 1990, sequence 4322).
 */
class LogScanCanaryTest {

    private static final Logger log = LoggerFactory.getLogger(LogScanCanaryTest.class);

    @Test
    void plantsACprShapedNumberTheScanMustFind() {
        String line = SuiteLogs.CANARY + ": planted CPR-shaped number 010190-4322 (made up, for the suite's log scan)";

        log.warn(line);

        assertThat(SuiteLogs.cprShaped(line)).as("the scan's own test of the planted line").isTrue();
    }
}
