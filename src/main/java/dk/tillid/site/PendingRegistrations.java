package dk.tillid.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.candidate.CandidateForm;
import dk.tillid.person.PersonId;
import dk.tillid.platform.OneTimeTokens;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations waiting for their e-mail address to be confirmed. The data is encrypted with the key
 * of the person-to-be; the link's token (256 random bits) is kept only as a hash and works once,
 * for a limited time. An unused registration is deleted, and its key destroyed, when it expires.
 */
@Repository
class PendingRegistrations {

    private static final String FORM = "registration-form";
    private static final String CV = "registration-cv";

    /** A registration as it was sent, with the id the person will have. */
    record Pending(PersonId id, RegistrationForm form, Registrations.Cv cv, Locale locale) {

        @Override
        public String toString() {
            return "Pending[" + id + "]";
        }
    }

    /** What the encrypted form column holds. */
    record Stored(CandidateForm candidate, boolean marketing, String locale, String cvName) {
    }

    private final JdbcClient jdbc;
    private final PersonalKeys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration validity;

    PendingRegistrations(JdbcClient jdbc, PersonalKeys keys, JsonMapper json, Clock clock,
                         @Value("${tillid.site.confirmation-validity:72h}") Duration validity) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }

    /** Keeps the registration until its link is used or expires; returns the token for the link. */
    String hold(PersonId future, RegistrationForm form, Registrations.Cv cv, Locale locale) {
        String token = OneTimeTokens.newToken();
        Stored stored = new Stored(form.candidate(), form.wantsMarketing(), locale.toLanguageTag(),
                cv == null ? null : cv.filename());
        jdbc.sql("""
                        INSERT INTO pending_registration (id, token_hash, form, cv, created_at, expires_at)
                        VALUES (:id, :hash, :form, :cv, :now, :expires)""")
                .param("id", future.value())
                .param("hash", OneTimeTokens.hash(token))
                .param("form", keys.encrypt(future.subject(), FORM, json.writeValueAsBytes(stored)))
                .param("cv", cv == null ? null : keys.encrypt(future.subject(), CV, cv.content()))
                .param("now", Timestamp.from(clock.instant()))
                .param("expires", Timestamp.from(clock.instant().plus(validity)))
                .update();
        return token;
    }

    /** Uses the token up: the registration it confirms, if the token is known and has not expired. */
    Optional<Pending> take(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        DELETE FROM pending_registration WHERE token_hash = :hash AND expires_at > :now
                        RETURNING id, form, cv""")
                .param("hash", OneTimeTokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> {
                    PersonId id = new PersonId(row.getObject("id", UUID.class));
                    Stored stored = json.readValue(decrypt(id, FORM, row.getBytes("form")), Stored.class);
                    byte[] cv = row.getBytes("cv");
                    return new Pending(id, new RegistrationForm(stored.candidate(), stored.marketing()),
                            cv == null ? null : new Registrations.Cv(stored.cvName(), decrypt(id, CV, cv)),
                            Locale.forLanguageTag(stored.locale()));
                })
                .optional();
    }

    /** Deletes what expired unused, and destroys the keys it was encrypted with. */
    int deleteExpired() {
        List<UUID> expired = jdbc.sql("""
                        DELETE FROM pending_registration WHERE expires_at <= :now RETURNING id""")
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).list();
        expired.forEach(id -> keys.destroy(new PersonId(id).subject()));
        return expired.size();
    }

    private byte[] decrypt(PersonId id, String field, byte[] sealed) {
        return keys.decrypt(id.subject(), field, sealed).bytes()
                .orElseThrow(() -> new IllegalStateException("A pending registration's key is gone"));
    }

}
