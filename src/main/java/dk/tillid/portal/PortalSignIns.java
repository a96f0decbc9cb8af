package dk.tillid.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.OneTimeTokens;
import dk.tillid.platform.SlidingWindowLimiter;
import dk.tillid.platform.SlidingWindowLimiter.Limit;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in without a password: a one-time link to the person's address, valid for ten minutes and
 * once. Whether or not the address is known, the answer is the same; only its owner gets a mail.
 * Asking is limited per address and per network (in memory, per instance).
 */
@Service
@Transactional
public class PortalSignIns {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Persons persons;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;
    private final int perAddress;
    private final int perNetwork;
    private final SlidingWindowLimiter limiter;

    PortalSignIns(JdbcClient jdbc, Persons persons, Notifications notifications, AuditTrail audit, Clock clock,
                  @Value("${tillid.site.public-url}") String publicUrl,
                  @Value("${tillid.portal.sign-ins-per-address-per-hour:5}") int perAddress,
                  @Value("${tillid.portal.sign-ins-per-network-per-hour:30}") int perNetwork) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.perAddress = perAddress;
        this.perNetwork = perNetwork;
        this.limiter = new SlidingWindowLimiter(WINDOW, clock);
    }

    /** Thrown when a browser or network asked too often; nothing was looked up or sent. */
    static class TooManyAttempts extends RuntimeException {
        TooManyAttempts() {
            super("Too many sign-in attempts");
        }
    }

    /**
     * Sends a link if the address belongs to someone; says nothing about whether it does.
     *
     * @throws TooManyAttempts when this address or network asked too often this hour
     */
    public void requestLink(String email, String network, java.util.Locale locale) {
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (!limiter.allow(new Limit("address:" + address, perAddress), new Limit("network:" + network, perNetwork))) {
            throw new TooManyAttempts();
        }
        // A stored address no mail can go to (parentheses, say) gets the same answer as an unknown one.
        if (address.isEmpty() || !OutgoingEmail.canBeSentTo(address)) {
            return;
        }
        Optional<PersonId> person = audit.actingAs(Actor.system("portal-sign-in"),
                () -> persons.findByEmail(address, PurposeId.DATA_SUBJECT_RIGHTS));
        person.ifPresent(id -> send(id, address, locale));
    }

    /** Uses the token up: the person it signs in, if it is known, unused and not expired. */
    public Optional<PersonId> take(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<UUID> person = jdbc.sql("""
                        UPDATE portal_sign_in SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                        RETURNING person_id""")
                .param("now", Timestamp.from(clock.instant())).param("hash", OneTimeTokens.hash(token))
                .query(UUID.class).optional();
        person.map(PersonId::new).ifPresent(id -> audit.actingAs(Actor.person(id.value().toString()), () -> {
            persons.recordContact(id, ContactEvent.Kind.PORTAL_LOGIN, null, PurposeId.DATA_SUBJECT_RIGHTS);
            return null;
        }));
        return person.map(PersonId::new);
    }

    private void send(PersonId person, String address, java.util.Locale locale) {
        String token = OneTimeTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO portal_sign_in (token_hash, person_id, created_at, expires_at)
                        VALUES (:hash, :person, :now, :expires)""")
                .param("hash", OneTimeTokens.hash(token)).param("person", person.value()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY))).update();
        boolean danish = !"en".equals(locale.getLanguage());
        String link = publicUrl + "/portal/sign-in/confirm?token=" + token;
        notifications.send(new OutgoingEmail(person.subject(), "PORTAL_SIGN_IN", address,
                danish ? "Log ind på din side" : "Sign in to your page",
                (danish ? "Brug linket inden for 10 minutter for at logge ind. Det virker én gang.\n\n"
                        : "Use the link within 10 minutes to sign in. It works once.\n\n") + link
                        + (danish ? "\n\nHar du ikke bedt om det, kan du se bort fra denne mail."
                        : "\n\nIf you did not ask for it, you can ignore this mail.")));
    }

    void forgetAttempts() {
        limiter.forgetAll();
    }
}
