package dk.tillid.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in a policy file, each with its line. */
final class PolicyProblems {

    private final List<InvalidPolicyException.Problem> problems = new ArrayList<>();

    void add(int line, String message) {
        problems.add(new InvalidPolicyException.Problem(line, message));
    }

    List<InvalidPolicyException.Problem> sorted() {
        return problems.stream().sorted(Comparator.comparingInt(InvalidPolicyException.Problem::line)).toList();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}
