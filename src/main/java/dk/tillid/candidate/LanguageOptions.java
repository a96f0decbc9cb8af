package dk.tillid.candidate;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The languages a candidate can list, named in the reader's language and sorted as they would sort them. */
record LanguageOptions(String code, String name) {

    static List<LanguageOptions> in(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOLanguages())
                .map(code -> new LanguageOptions(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .filter(option -> !option.name().equals(option.code()))
                .sorted(Comparator.comparing(LanguageOptions::name, order))
                .toList();
    }
}
