package dk.tillid.privacy.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** One thing done with personal data. Ids and category names only, never values. */
record AuditEntry(Instant occurredAt, Actor actor, UUID subject, List<String> categories, String purpose,
                  AuditAction action, String detail) {

    AuditEntry {
        // PostgreSQL keeps microseconds; the hash must see what the database will give back.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        categories = List.copyOf(categories);
    }
}
