package dk.tillid.candidate;

import java.util.List;

/**
 * Why a candidate ranks where they do, part by part, so a page can say it in words: the skills
 * found and missing, each language asked for with the candidate's level, where they live against
 * where the job is, when they can start, the kind of work they want, and how well the words of
 * their profile and CV fit.
 */
public record MatchExplanation(List<String> matchedSkills, List<String> missingSkills, List<LanguageFit> languages,
                               Location location, Availability availability, boolean workTypeFits,
                               Profile.WorkType wantedWorkType, Relevance text) {

    /** A language asked for, the candidate's level (null if they do not speak it) and whether it is enough. */
    public record LanguageFit(String language, LanguageSkill.Level required, LanguageSkill.Level candidateLevel, boolean met) {
    }

    /** Where the candidate lives, against where the job is. */
    public enum Location {
        /** The job names no place. */
        ANYWHERE,
        /** Same town or postcode. */
        SAME_CITY,
        /** The candidate's preferred area is the job's town. */
        PREFERRED_AREA,
        /** Same postal district (first two digits of the postcode). */
        NEARBY,
        /** Same part of the country (first digit of the postcode). */
        REGION,
        /** Elsewhere, or no address known. */
        FAR
    }

    /** When the candidate can start, against the job's start. */
    public enum Availability {
        /** Available by the start (or no date on either side). */
        IN_TIME,
        /** Available within two weeks after the start. */
        SOON_AFTER,
        /** Available later than that. */
        LATER
    }

    /** How well the words of the profile and CV fit the job's words. */
    public enum Relevance { NONE, LOW, MEDIUM, HIGH }

    public MatchExplanation {
        matchedSkills = List.copyOf(matchedSkills);
        missingSkills = List.copyOf(missingSkills);
        languages = List.copyOf(languages);
    }

    public boolean allLanguagesMet() {
        return languages.stream().allMatch(LanguageFit::met);
    }
}
