package dk.tillid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan of the suite's logs finds what it must and nothing else. */
class SuiteLogsTest {

    @TempDir
    Path reports;

    @Test
    void findsACprShapedNumberAndAFailedRequestButNotIdsTokensOrTheCanary() throws IOException {
        Files.writeString(reports.resolve("dk.tillid.SomeTest-output.txt"), """
                2026-11-29T10:37:04.034Z  INFO 8318 --- [tillid] [main] dk.tillid.Some : person 3f2a1b6c-1234-4567-8901-170590432100 read
                2026-11-29T10:37:04.035Z  INFO 8318 --- [tillid] [main] dk.tillid.Some : token 170590Ab432112345xYz used
                2026-11-29T10:37:04.036Z  WARN 8318 --- [tillid] [main] dk.tillid.Some : entered 170590-4321 for someone
                2026-11-29T10:37:04.037Z ERROR 8318 --- [tillid] [http-nio-1] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception
                2026-11-29T10:37:04.038Z  WARN 8318 --- [tillid] [main] dk.tillid.LogScanCanaryTest : log-scan canary: planted CPR-shaped number 010190-4322
                """);
        Files.writeString(reports.resolve("TEST-dk.tillid.SomeTest.xml"), "<testsuite/>");

        SuiteLogs.Scan scan = SuiteLogs.scan(reports);

        assertThat(scan.files()).isEqualTo(1);
        assertThat(scan.canarySeen()).isTrue();
        assertThat(scan.findings()).extracting(SuiteLogs.Finding::line).containsExactly(3, 4);
        assertThat(scan.findings().get(0).what()).doesNotContain("170590-4321");
    }

    @Test
    void withoutThePlantedLineTheCanaryIsNotSeen() throws IOException {
        Files.writeString(reports.resolve("dk.tillid.OtherTest-output.txt"), "nothing planted here\n");

        assertThat(SuiteLogs.scan(reports).canarySeen()).isFalse();
    }
}
