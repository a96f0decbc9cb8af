package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dk.tillid.platform.Fields;

/** What the candidate is looking for and offers, in short: what matching reads (P-DATA-2). */
public record Profile(String headline, String summary, List<String> skills, WorkType workType, String preferredArea,
                      LocalDate availableFrom) {

    public enum WorkType { PERMANENT, TEMPORARY, EITHER }

    static final int MAX_SKILLS = 50;

    public Profile {
        headline = Fields.optional(headline, "headline", 200);
        summary = Fields.optionalText(summary, "summary", 5000);
        Objects.requireNonNull(workType, "workType");
        preferredArea = Fields.optional(preferredArea, "preferred area", 100);
        Set<String> cleaned = new LinkedHashSet<>();
        for (String skill : skills == null ? List.<String>of() : skills) {
            String one = Fields.optional(skill, "skill", 60);
            if (one != null) {
                cleaned.add(one.toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("A profile lists at most " + MAX_SKILLS + " skills");
        }
        skills = List.copyOf(cleaned);
    }

    public static Profile empty() {
        return new Profile(null, null, List.of(), WorkType.EITHER, null, null);
    }

    @Override
    public String toString() {
        return "Profile[redacted]";
    }
}
