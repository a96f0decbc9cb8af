package dk.tillid.candidate;

import java.util.Map;

/** The matching SQL and its parameters, for the benchmark's EXPLAIN and raw timings. */
public final class MatchingBenchmarkAccess {

    private MatchingBenchmarkAccess() {
    }

    /** The SQL of the widest pool (anyone with one of the skills), which the top tiers narrow. */
    public static String sql(MatchCriteria criteria, int minSkills) {
        return MatchQuery.sql(criteria, minSkills);
    }

    public static Map<String, Object> parameters(MatchCriteria criteria, int minSkills, int offset, int limit) {
        return MatchQuery.parameters(criteria, minSkills, offset, limit);
    }

    /** With the floor the all-skills tier sets, as matching passes it to the widest pool. */
    public static Map<String, Object> parameters(MatchCriteria criteria, int minSkills, int offset, int limit, double floor) {
        return MatchQuery.parameters(criteria, minSkills, offset, limit, floor);
    }
}
