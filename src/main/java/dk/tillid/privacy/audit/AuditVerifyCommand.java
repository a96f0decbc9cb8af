package dk.tillid.privacy.audit;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit}: checks the whole chain, prints the outcome, and exits with 0 when it is
 * whole and 1 at the first broken link (for cron jobs and monitoring).
 */
@Component
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "verify-audit";

    private final AuditTrail audit;
    private final AuditVerifier verifier;
    private final PrintStream console = System.out;
    private int exitCode;

    AuditVerifyCommand(AuditTrail audit, AuditVerifier verifier) {
        this.audit = audit;
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        audit.flush();
        AuditVerifier.Verification result = verifier.verify();
        if (result.intact()) {
            console.printf("Audit trail intact: %d rows checked, head %s%n", result.rowsChecked(), result.headHash());
        } else {
            console.printf("AUDIT TRAIL BROKEN at row %d: %s (%d rows before it are intact)%n", result.brokenAt(),
                    result.problem().description, result.rowsChecked());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
