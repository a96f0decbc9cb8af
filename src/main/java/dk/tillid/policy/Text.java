package dk.tillid.policy;

import java.util.Locale;
import java.util.Objects;

/** A text the policy states in both of its languages. */
public record Text(String da, String en) {

    public static final Locale DANISH = Locale.forLanguageTag("da");

    public Text {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
    }

    /** Danish for Danish readers, English for everyone else. */
    public String in(Locale locale) {
        return locale != null && DANISH.getLanguage().equals(locale.getLanguage()) ? da : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
