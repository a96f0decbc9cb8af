package dk.tillid.client;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A language a job requires (ISO 639 code) at least at a level of the Common European Framework
 * (A1 … C2) or native, the same scale a candidate's languages are given on.
 */
public record RequiredLanguage(String language, String level) {

    public static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2", "NATIVE");

    public RequiredLanguage {
        Objects.requireNonNull(level, "level");
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("A language is named by its ISO code, such as da, en or pl");
        }
        level = level.strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("A language level is one of " + String.join(", ", LEVELS));
        }
    }

    /** Whether a candidate at {@code level} meets this requirement. */
    public boolean isMetBy(String candidateLevel) {
        return candidateLevel != null && LEVELS.indexOf(candidateLevel) >= LEVELS.indexOf(level);
    }
}
