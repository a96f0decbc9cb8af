package dk.tillid.policy;

import org.springframework.core.io.Resource;

/** Lets the benchmarks time the package-private policy reader. */
public final class PolicyBenchmarkAccess {

    private PolicyBenchmarkAccess() {
    }

    public static Policy load(Resource resource) {
        return PolicyReader.read(resource);
    }
}
