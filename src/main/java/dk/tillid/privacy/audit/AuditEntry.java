package dk.tillid.privacy.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One thing done with personal data. Ids and category names only, never values. Checked where it
 * is made: a field with a control character could forge a line of the sealed encoding, and would
 * otherwise only fail later, in the writer.
 */
record AuditEntry(Instant occurredAt, Actor actor, UUID subject, List<String> categories, String purpose,
                  AuditAction action, String detail) {

    AuditEntry {
        // PostgreSQL keeps microseconds; the hash must see what the database will give back.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        categories = List.copyOf(categories);
        plain(actor.id());
        plain(purpose);
        categories.forEach(AuditEntry::plain);
        if (detail != null) {
            plain(detail);
        }
    }

    private static void plain(String text) {
        if (text.isEmpty() || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("An audit field is empty or holds a control character");
        }
    }
}
