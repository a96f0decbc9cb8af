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

    /** The shipped policy as it would be if the website statistics went to a US service. */
    static String withTransfer() {
        String text = withChange("transfers: []\n\nretention:", """
                transfers:
                  - id: TR-US-ANALYTICS
                    recipient: {da: En amerikansk statistiktjeneste, en: A US statistics service}
                    country: USA
                    safeguard:
                      da: EU-Kommissionens afgørelse om EU-US Data Privacy Framework (10. juli 2023)
                      en: The European Commission's adequacy decision on the EU-US Data Privacy Framework (10 July 2023)

                retention:""");
        String empty = "    transfers: []";
        int at = text.indexOf(empty, text.indexOf("  - id: P-PUR-WEB"));
        return text.substring(0, at) + "    transfers: [TR-US-ANALYTICS]" + text.substring(at + empty.length());
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
