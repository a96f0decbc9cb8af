package dk.tillid.outreach;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret behind unsubscribe links and the suppression list's address hashes: 32 random bytes,
 * made once for the whole installation and stored sealed with a key of its own among the personal
 * keys, so that rotating the master key rewraps it (links already mailed keep working) and the key
 * backup carries it. Every instance reads the same row.
 */
@Component
class LinkKey {

    /** Whose key seals the secret: no person, a fixed id of its own. */
    static final SubjectId SEALED_UNDER = new SubjectId(UUID.nameUUIDFromBytes(
            "tillid/outreach/link-key".getBytes(StandardCharsets.UTF_8)));
    private static final String NAME = "link-key";
    private static final String FIELD = "outreach_secret.sealed";

    private final JdbcClient jdbc;
    private final PersonalKeys keys;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] secret;

    LinkKey(JdbcClient jdbc, PersonalKeys keys, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
        // Made on first use, which may be inside a read-only transaction (a preview): in one of its own.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** HMAC-SHA256 of the bytes under the secret, in a domain ({@code label}) of its own. */
    byte[] mac(String label, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            mac.update(label.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            known = ownTransaction.execute(status -> load());
            secret = known;
        }
        return known;
    }

    private byte[] load() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Two instances starting together: the first insert wins and both read it.
        jdbc.sql("INSERT INTO outreach_secret (name, sealed, created_at) VALUES (:name, :sealed, :at) ON CONFLICT DO NOTHING")
                .param("name", NAME).param("sealed", keys.encrypt(SEALED_UNDER, FIELD, fresh))
                .param("at", Timestamp.from(clock.instant())).update();
        byte[] sealed = jdbc.sql("SELECT sealed FROM outreach_secret WHERE name = :name").param("name", NAME)
                .query(byte[].class).single();
        return keys.decrypt(SEALED_UNDER, FIELD, sealed).bytes()
                .orElseThrow(() -> new IllegalStateException("The key of unsubscribe links was destroyed"));
    }
}
