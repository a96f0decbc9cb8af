package dk.tillid.privacy.consent;

import java.time.Instant;

/**
 * One fact of the ledger: a consent given to a wording, or withdrawn. {@code category} is null for
 * consent to a purpose as a whole; {@code recordedBy} is the actor's id.
 */
public record ConsentEvent(long id, String purpose, String category, Kind kind, String wordingVersion,
                           ConsentChannel channel, Instant occurredAt, String recordedBy) {

    public enum Kind { GIVEN, WITHDRAWN }
}
