package dk.tillid.client;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An agreement with a client: what kind, from when, until when, on which terms. */
public record Agreement(UUID id, Kind kind, String title, LocalDate validFrom, LocalDate validTo, String terms) {

    public enum Kind { FRAMEWORK, TEMP_STAFFING, RECRUITMENT, SCREENING }

    public Agreement {
        Objects.requireNonNull(kind, "kind");
        title = CompanyDetails.required(title, "title", 200);
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An agreement cannot end before it starts");
        }
        terms = terms == null || terms.isBlank() ? null : terms.strip();
        if (terms != null && terms.length() > 5000) {
            throw new IllegalArgumentException("The terms are at most 5000 characters");
        }
    }

    /** Whether the agreement is in force on {@code day}. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
