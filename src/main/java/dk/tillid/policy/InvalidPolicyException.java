package dk.tillid.policy;

import java.util.List;
import java.util.stream.Collectors;

/** The policy file is inconsistent; Tillid refuses to start on it. */
public class InvalidPolicyException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    InvalidPolicyException(String source, List<Problem> problems) {
        super("The privacy policy " + source + " is inconsistent:\n" + describe(problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
    }

    /** One problem; line 0 means the file as a whole. */
    public record Problem(int line, String message) {

        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }
}
