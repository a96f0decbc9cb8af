package dk.tillid.policy;

import java.nio.file.Files;
import java.nio.file.Path;

import dk.tillid.TillidApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static dk.tillid.policy.PolicyFixtures.lineOf;
import static dk.tillid.policy.PolicyFixtures.withChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which policy file is used is configurable, and an inconsistent one stops start-up with its lines. */
@ExtendWith(OutputCaptureExtension.class)
class PolicyStartupTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PolicyConfiguration.class);

    @Test
    void thePolicyFileIsConfigurable(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("other-policy.yaml");
        Files.writeString(file, withChange("name: JobConnection ApS", "name: Vikarhuset Ærø ApS"));

        context.withPropertyValues("tillid.policy.location=file:" + file)
                .run(started -> assertThat(started.getBean(Policy.class).controller().name()).isEqualTo("Vikarhuset Ærø ApS"));
    }

    @Test
    void anInconsistentPolicyFailsTheContextAndTheAnalysisNamesTheLine(@TempDir Path directory) throws Exception {
        String yaml = withChange("categories: [P-DATA-1, P-DATA-4, P-DATA-7, P-DATA-9]",
                "categories: [P-DATA-1, P-DATA-4, P-DATA-77, P-DATA-9]");
        Path file = directory.resolve("broken.yaml");
        Files.writeString(file, yaml);

        context.withPropertyValues("tillid.policy.location=file:" + file).run(failed -> {
            assertThat(failed).hasFailed();
            Throwable failure = failed.getStartupFailure();
            FailureAnalysis analysis = new InvalidPolicyFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .contains("line " + lineOf(yaml, "P-DATA-77") + ": P-PUR-9 names unknown category 'P-DATA-77'");
            assertThat(analysis.getAction()).contains("TILLID_POLICY");
        });
    }

    @Test
    void theApplicationItselfRefusesToStartOnAnInconsistentPolicy(@TempDir Path directory, CapturedOutput output)
            throws Exception {
        String yaml = withChange("""
                    trigger: last-contact
                """, "");
        Path file = directory.resolve("no-trigger.yaml");
        Files.writeString(file, yaml);

        assertThatThrownBy(() -> SpringApplication.run(TillidApplication.class,
                "--tillid.policy.location=file:" + file, "--server.port=0"))
                .hasRootCauseInstanceOf(InvalidPolicyException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("line " + lineOf(yaml, "- id: P-RET-1") + ": retention rule P-RET-1 has no trigger");
    }
}
