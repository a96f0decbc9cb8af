package dk.tillid.candidate;

import java.util.Locale;

import dk.tillid.platform.Fields;

/** What the candidate list is narrowed to; every part optional. The words are searched in the candidates' documents. */
public record CandidateFilter(String name, String city, String skill, String language, CandidateSummary.Status status,
                              String words) {

    public CandidateFilter {
        name = Fields.optional(name, "name", 100);
        city = Fields.optional(city, "city", 100);
        skill = skill == null ? null : Fields.optional(skill, "skill", 60) == null ? null : skill.strip().toLowerCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : new LanguageSkill(language, LanguageSkill.Level.A1).language();
        words = Fields.optional(words, "words", 200);
    }

    /** Without the words of documents. */
    public CandidateFilter(String name, String city, String skill, String language, CandidateSummary.Status status) {
        this(name, city, skill, language, status, null);
    }

    public static CandidateFilter none() {
        return new CandidateFilter(null, null, null, null, null);
    }
}
