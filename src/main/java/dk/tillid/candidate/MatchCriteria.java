package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a job asks for, as matching reads it: skills, languages with a least level, where, from when,
 * permanent or temporary, and words to look for in profiles and CVs. Everything optional; a
 * requirement left out counts as met by everyone.
 *
 * @param workType PERMANENT or TEMPORARY (EITHER or null: no requirement)
 * @param words    free text; its words (letters and digits) are looked for in profiles and CVs
 */
public record MatchCriteria(List<String> skills, List<LanguageRequirement> languages, String city, String postcode,
                            LocalDate start, Profile.WorkType workType, String words) {

    static final int MAX_SKILLS = 30;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_WORDS = 20;

    /** A language the job needs, at least at {@code level} (a C1 requirement is met by C1, C2 and NATIVE). */
    public record LanguageRequirement(String language, LanguageSkill.Level level) {

        public LanguageRequirement {
            // The same rules as a candidate's language: an ISO code, a level of the same scale.
            LanguageSkill checked = new LanguageSkill(language, level);
            language = checked.language();
        }

        /** Whether a candidate's level meets this requirement. */
        public boolean metBy(LanguageSkill.Level candidateLevel) {
            return candidateLevel != null && candidateLevel.compareTo(level) >= 0;
        }
    }

    public MatchCriteria {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String skill : skills == null ? List.<String>of() : skills) {
            if (skill != null && !skill.isBlank()) {
                cleaned.add(skill.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("A job order asks for at most " + MAX_SKILLS + " skills");
        }
        skills = List.copyOf(cleaned);
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (languages.size() > MAX_LANGUAGES) {
            throw new IllegalArgumentException("A job order asks for at most " + MAX_LANGUAGES + " languages");
        }
        city = blankToNull(city);
        postcode = blankToNull(postcode);
        if (postcode != null && !postcode.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("A Danish postcode has four digits");
        }
        workType = workType == Profile.WorkType.EITHER ? null : workType;
        words = blankToNull(words);
        if (words != null && words.length() > 500) {
            throw new IllegalArgumentException("Search words are at most 500 characters");
        }
    }

    /**
     * The words to search for, as a PostgreSQL text query that any of them satisfies: the skills and
     * the free text, cut into words of letters and digits (so nothing typed can be an operator).
     * Null if there are none.
     */
    String textQuery() {
        Set<String> terms = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>(skills);
        if (words != null) {
            sources.add(words);
        }
        for (String source : sources) {
            for (String word : source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 2 && terms.size() < MAX_WORDS) {
                    terms.add(word);
                }
            }
        }
        return terms.isEmpty() ? null : String.join(" | ", terms);
    }

    /** The free text's words, all of which a profile or CV must hold to be found by words alone; null if none. */
    String everyWordQuery() {
        if (words == null) {
            return null;
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && terms.size() < MAX_WORDS) {
                terms.add(word);
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "MatchCriteria[" + skills.size() + " skills, " + languages.size() + " languages]";
    }
}
