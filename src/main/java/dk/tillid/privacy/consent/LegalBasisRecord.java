package dk.tillid.privacy.consent;

import java.time.Instant;

/**
 * A legal basis recorded for one person and one protected category, such as an obligation under
 * employment law (GDPR Art. 9(2)(b)). {@code reference} points to the rule or document; it holds no
 * personal details.
 */
public record LegalBasisRecord(long id, String category, String legalBasis, String reference, Instant recordedAt,
                               String recordedBy, Instant endedAt) {

    public boolean standing() {
        return endedAt == null;
    }
}
