package dk.tillid.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The shipped policy file, and variants of it with one deliberate fault each. */
final class PolicyFixtures {

    static final String SHIPPED = "policy/tillid-policy.yaml";

    private PolicyFixtures() {
    }

    static String shippedText() {
        try {
            return new ClassPathResource(SHIPPED).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Policy shipped() {
        return PolicyReader.read(new ClassPathResource(SHIPPED));
    }

    static Policy read(String yaml) {
        return PolicyReader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test policy"));
    }

    /** The shipped text with {@code original} replaced exactly once, so a fault is where we think it is. */
    static String withChange(String original, String replacement) {
        String text = shippedText();
        int first = text.indexOf(original);
        if (first < 0 || text.indexOf(original, first + 1) >= 0) {
            throw new IllegalArgumentException("Not found exactly once in the policy: " + original);
        }
        return text.substring(0, first) + replacement + text.substring(first + original.length());
    }

    /** The 1-based line on which {@code fragment} first appears. */
    static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        if (index < 0) {
            throw new IllegalArgumentException("Not in the text: " + fragment);
        }
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
