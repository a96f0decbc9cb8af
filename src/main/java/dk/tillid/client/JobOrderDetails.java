package dk.tillid.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dk.tillid.platform.Fields;

/** What a recruiter writes down when a client orders people; checked as a whole. */
public record JobOrderDetails(String title, String description, List<String> skills, List<RequiredLanguage> languages,
                       String city, String postcode, LocalDate start, Integer durationWeeks, JobOrder.Kind kind,
                       int positions) {

    static final int MAX_SKILLS = 30;
    static final int MAX_LANGUAGES = 10;

    public JobOrderDetails {
        title = Fields.required(title, "title", 200);
        description = Fields.optionalText(description, "description", 5000);
        Set<String> cleaned = new LinkedHashSet<>();
        for (String skill : skills == null ? List.<String>of() : skills) {
            String one = Fields.optional(skill, "skill", 60);
            if (one != null) {
                cleaned.add(one.toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("A job order lists at most " + MAX_SKILLS + " skills");
        }
        skills = List.copyOf(cleaned);
        languages = List.copyOf(languages == null ? List.of() : languages);
        if (languages.size() > MAX_LANGUAGES
                || languages.stream().map(RequiredLanguage::language).distinct().count() != languages.size()) {
            throw new IllegalArgumentException("A job order names each language once, at most " + MAX_LANGUAGES);
        }
        city = Fields.optional(city, "city", 100);
        postcode = Fields.optional(postcode, "postcode", 4);
        if (postcode != null && !postcode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A Danish postcode has 4 digits");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(kind, "kind");
        if (kind == JobOrder.Kind.PERMANENT && durationWeeks != null) {
            throw new IllegalArgumentException("A permanent position has no duration");
        }
        if (kind == JobOrder.Kind.TEMPORARY && (durationWeeks == null || durationWeeks < 1 || durationWeeks > 520)) {
            throw new IllegalArgumentException("A temporary assignment lasts 1 to 520 weeks");
        }
        if (positions < 1 || positions > 500) {
            throw new IllegalArgumentException("A job order is for 1 to 500 people");
        }
    }

    static List<String> splitSkills(String text) {
        List<String> skills = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;\\n]")) {
                if (!part.isBlank()) {
                    skills.add(part.strip());
                }
            }
        }
        return skills;
    }
}
