package dk.tillid.outreach;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.tillid.person.PersonKind;

/**
 * Whom a campaign is for, among the people whose marketing consent stands: a kind of person, a
 * town, any of some skills. Left out, a criterion takes everyone. Criteria never reach beyond the
 * consenting: nobody else is looked at, let alone profiled.
 */
record Audience(PersonKind kind, String city, List<String> skills) {

    static final int MAX_SKILLS = 20;

    Audience {
        city = city == null || city.isBlank() ? null : city.strip();
        if (city != null && city.length() > 80) {
            throw new IllegalArgumentException("A town is at most 80 characters");
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String skill : skills == null ? List.<String>of() : skills) {
            if (skill != null && !skill.isBlank()) {
                cleaned.add(skill.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("An audience names at most " + MAX_SKILLS + " skills");
        }
        skills = List.copyOf(cleaned);
    }

    static Audience everyone() {
        return new Audience(null, null, List.of());
    }
}
