package dk.tillid.outreach;

import dk.tillid.person.PersonKind;

/**
 * Whom a campaign is for, among the people whose marketing consent stands: a kind of person, a
 * town. Left out, a criterion takes everyone. Criteria never reach beyond the consenting, and only
 * use what marketing (P-PUR-2) may: identity and contact data, not the CV (so no skills).
 */
record Audience(PersonKind kind, String city) {

    Audience {
        city = city == null || city.isBlank() ? null : city.strip();
        if (city != null && city.length() > 80) {
            throw new IllegalArgumentException("A town is at most 80 characters");
        }
    }
}
