package dk.tillid.site;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A visitor's cookie choice as their tillid_consent cookie carries it: the id of the proof we keep,
 * the banner version it answered, and the purposes allowed. A choice for an older banner no longer
 * counts: the visitor is asked again.
 */
record CookieChoice(UUID id, String bannerVersion, Set<String> allowed) {

    private static final String NONE = "none";

    CookieChoice {
        allowed = Set.copyOf(allowed);
    }

    public boolean allows(String purpose) {
        return allowed.contains(purpose);
    }

    /** {@code <id>.<version>.<purpose>+<purpose>} or {@code ...none}: only characters a cookie value may hold. */
    String cookieValue() {
        return id + "." + bannerVersion + "." + (allowed.isEmpty() ? NONE : String.join("+", allowed.stream().sorted().toList()));
    }

    static Optional<CookieChoice> parse(String value, Set<String> knownPurposes) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{12}")) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(parts[0]);
            Set<String> allowed = NONE.equals(parts[2]) ? Set.of()
                    : Arrays.stream(parts[2].split("\\+")).collect(Collectors.toCollection(LinkedHashSet::new));
            return knownPurposes.containsAll(allowed) ? Optional.of(new CookieChoice(id, parts[1], allowed)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
