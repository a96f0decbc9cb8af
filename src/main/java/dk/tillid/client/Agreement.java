package dk.tillid.client;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import dk.tillid.platform.Fields;

/** An agreement with a client: what kind, from when, until when, on which terms. */
public record Agreement(UUID id, Kind kind, String title, LocalDate validFrom, LocalDate validTo, String terms) {

    public enum Kind { FRAMEWORK, TEMP_STAFFING, RECRUITMENT, SCREENING }

    public Agreement {
        Objects.requireNonNull(kind, "kind");
        title = Fields.required(title, "title", 200);
        Objects.requireNonNull(validFrom, "validFrom");
        Fields.inOrder(validFrom, validTo, "agreement");
        terms = Fields.optionalText(terms, "terms", 5000);
    }

    /** Whether the agreement is in force on {@code day}. */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
