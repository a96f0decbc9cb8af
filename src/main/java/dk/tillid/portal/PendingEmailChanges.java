package dk.tillid.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.platform.OneTimeTokens;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * New e-mail addresses waiting for their owner to follow the mailed link. The address is encrypted
 * with the person's key (an erasure leaves nothing readable); the token is kept only as a hash,
 * works once and expires. Only the newest request of a person stands.
 */
@Repository
class PendingEmailChanges {

    private static final String FIELD = "portal_email_change.new_email";

    /** A change that can still be confirmed: whose, and to which address. */
    record Pending(PersonId person, String address) {

        @Override
        public String toString() {
            return "Pending[" + person + "]";
        }
    }

    /** What the person asked and when, for their own access package. */
    record Asked(Instant at, String address) {
    }

    private final JdbcClient jdbc;
    private final PersonalKeys keys;
    private final Clock clock;
    private final Duration validity;

    PendingEmailChanges(JdbcClient jdbc, PersonalKeys keys, Clock clock,
                        @Value("${tillid.portal.email-change-validity:24h}") Duration validity) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }

    /** Keeps the new address until its link is used or expires, in place of any earlier one; returns the token. */
    String hold(PersonId person, String address) {
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM portal_email_change WHERE person_id = :person").param("person", person.value()).update();
        jdbc.sql("""
                        INSERT INTO portal_email_change (token_hash, person_id, new_email, created_at, expires_at)
                        VALUES (:hash, :person, :email, :now, :expires)""")
                .param("hash", OneTimeTokens.hash(token)).param("person", person.value())
                .param("email", keys.encryptText(person.subject(), FIELD, address))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /** Whose change the token confirms, if it is well-formed, known and unexpired; nothing is used up. */
    Optional<PersonId> ownerOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT person_id FROM portal_email_change WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", OneTimeTokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional().map(PersonId::new);
    }

    /** Uses the token up: the change it confirms, if it is known, unexpired and its address still readable. */
    Optional<Pending> take(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        DELETE FROM portal_email_change WHERE token_hash = :hash AND expires_at > :now
                        RETURNING person_id, new_email""")
                .param("hash", OneTimeTokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> {
                    PersonId person = new PersonId(row.getObject("person_id", UUID.class));
                    return keys.decrypt(person.subject(), FIELD, row.getBytes("new_email")).text()
                            .map(address -> new Pending(person, address));
                })
                .optional().flatMap(readable -> readable);
    }

    List<Asked> of(PersonId person) {
        return jdbc.sql("SELECT created_at, new_email FROM portal_email_change WHERE person_id = :person ORDER BY created_at")
                .param("person", person.value())
                .query((row, n) -> new Asked(row.getTimestamp("created_at").toInstant(),
                        keys.decrypt(person.subject(), FIELD, row.getBytes("new_email")).text().orElse(null)))
                .list();
    }

    int deleteOf(PersonId person) {
        return jdbc.sql("DELETE FROM portal_email_change WHERE person_id = :person").param("person", person.value()).update();
    }

    /** The people among these who had a change waiting, now deleted. */
    List<UUID> deleteOf(UUID[] people) {
        return jdbc.sql("DELETE FROM portal_email_change WHERE person_id = ANY(:people) RETURNING person_id")
                .param("people", people).query(UUID.class).list();
    }

    /** Changes never confirmed: the new address goes when its link expires. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM portal_email_change WHERE expires_at <= :now")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
