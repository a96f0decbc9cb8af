package dk.tillid.candidate;

import java.util.Locale;
import java.util.Objects;

/** A language (ISO 639 code) at a level of the Common European Framework, or native. */
public record LanguageSkill(String language, Level level) {

    public enum Level { A1, A2, B1, B2, C1, C2, NATIVE }

    public LanguageSkill {
        Objects.requireNonNull(level, "level");
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("A language is named by its ISO code, such as da, en or pl");
        }
    }

    /** The language's name in the reader's language, e.g. "dansk" or "Danish". */
    public String name(Locale locale) {
        return Locale.forLanguageTag(language).getDisplayLanguage(locale);
    }
}
