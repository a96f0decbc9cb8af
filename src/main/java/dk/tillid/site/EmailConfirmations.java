package dk.tillid.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tokens of e-mail confirmation links: 256 random bits, sent once, kept only as a hash, valid
 * for a limited time and for one use.
 */
@Repository
class EmailConfirmations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;

    EmailConfirmations(JdbcClient jdbc, Clock clock, @Value("${tillid.site.confirmation-validity:72h}") Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /** @return the token for the link (never stored as such) */
    String issue(PersonId person) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO email_confirmation (token_hash, person_id, expires_at) VALUES (:hash, :person, :expires)")
                .param("hash", hash(token))
                .param("person", person.value())
                .param("expires", Timestamp.from(clock.instant().plus(validity)))
                .update();
        return token;
    }

    Duration validity() {
        return validity;
    }

    /** Uses the token up: whose address it confirms, if it is known, unused and not expired. */
    Optional<PersonId> consume(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        UPDATE email_confirmation SET confirmed_at = :now
                        WHERE token_hash = :hash AND confirmed_at IS NULL AND expires_at > :now
                        RETURNING person_id""")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", hash(token))
                .query((row, n) -> new PersonId(row.getObject(1, UUID.class)))
                .optional();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
