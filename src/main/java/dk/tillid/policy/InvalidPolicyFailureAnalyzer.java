package dk.tillid.policy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an inconsistent policy into a start-up message that names each line and its problem. */
class InvalidPolicyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPolicyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPolicyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the policy file " + cause.source() + ", or point tillid.policy.location"
                        + " (environment variable TILLID_POLICY) at a consistent one.",
                cause);
    }
}
