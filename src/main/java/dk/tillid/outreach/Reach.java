package dk.tillid.outreach;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.tillid.candidate.CandidateMatching;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a person may be sent mail of a topic now, and if not, why not (a short code kept in the
 * record per recipient). Reads the person module's published directory, the consent ledger, the
 * suppression list and the person's alert choice; asked when recipients are chosen and again by
 * the outbox just before each mail leaves.
 */
@Component
class Reach {

    /** What the directory says of a person: enough to decide, nothing more. */
    record Contact(PersonId id, String email, String kind, boolean unregistered, boolean restricted) {

        @Override
        public String toString() {
            return "Contact[" + id + "]";
        }
    }

    private final JdbcClient jdbc;
    private final ConsentLedger consents;
    private final Suppressions suppressions;
    private final CandidateMatching matching;
    private final MailPreferences preferences;

    Reach(JdbcClient jdbc, ConsentLedger consents, Suppressions suppressions, CandidateMatching matching,
          MailPreferences preferences) {
        this.jdbc = jdbc;
        this.consents = consents;
        this.suppressions = suppressions;
        this.matching = matching;
        this.preferences = preferences;
    }

    /** The people among these still held, by id. */
    Map<PersonId, Contact> contacts(List<PersonId> people) {
        return jdbc.sql("""
                        SELECT id, email, kind, unregistered_at IS NOT NULL AS unregistered, restricted
                        FROM person_directory WHERE id = ANY(:ids)""")
                .param("ids", people.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((row, n) -> new Contact(new PersonId(row.getObject("id", UUID.class)), row.getString("email"),
                        row.getString("kind"), row.getBoolean("unregistered"), row.getBoolean("restricted")))
                .list().stream().collect(Collectors.toMap(Contact::id, Function.identity()));
    }

    /**
     * Why marketing must not go to the person, not counting consent and the suppression list: they
     * unregistered (P-OPT-1), their processing is restricted (Art. 18), or they have no address mail can go to.
     */
    static Optional<String> marketingBarred(Contact contact) {
        if (contact.unregistered()) {
            return Optional.of("UNREGISTERED");
        }
        if (contact.restricted()) {
            return Optional.of("RESTRICTED");
        }
        if (!OutgoingEmail.canBeSentTo(contact.email())) {
            return Optional.of("NO_ADDRESS");
        }
        return Optional.empty();
    }

    /**
     * Why a marketing mail to {@code address} must not go to the person now; empty if it may. A mail
     * queued for an address the person no longer has is stopped: someone else may hold it now.
     */
    Optional<String> marketingRefusal(PersonId person, String address) {
        Contact contact = contacts(List.of(person)).get(person);
        if (contact == null) {
            return Optional.of("ERASED");
        }
        if (!sameAddress(contact.email(), address)) {
            return Optional.of("ADDRESS_CHANGED");
        }
        Optional<String> barred = marketingBarred(contact);
        if (barred.isPresent()) {
            return barred;
        }
        if (!consents.isGiven(person.subject(), PurposeId.MARKETING, null)) {
            return Optional.of("CONSENT_WITHDRAWN");
        }
        if (suppressions.since(person, contact.email()).isPresent()) {
            return Optional.of("OBJECTED");
        }
        return Optional.empty();
    }

    /** Why a job alert queued for {@code queuedFor} must not go to the person now; empty if it may. */
    Optional<String> alertRefusal(PersonId person, String queuedFor) {
        return alertRefusal(person, contacts(List.of(person)).get(person), queuedFor);
    }

    /**
     * Why a job alert must not go to the person, whose directory entry the caller read ({@code null}
     * if they are gone); {@code queuedFor} is the address it was queued for, or null if not queued yet.
     */
    Optional<String> alertRefusal(PersonId person, Contact contact, String queuedFor) {
        CandidateMatching.Eligibility eligibility = matching.eligibility(person);
        if (eligibility != CandidateMatching.Eligibility.ELIGIBLE) {
            return Optional.of(eligibility.name());
        }
        if (preferences.of(person).frequency() == MailPreferences.Frequency.NEVER) {
            return Optional.of("NO_ALERTS_WANTED");
        }
        if (contact == null || !OutgoingEmail.canBeSentTo(contact.email())) {
            return Optional.of("NO_ADDRESS");
        }
        if (queuedFor != null && !sameAddress(contact.email(), queuedFor)) {
            return Optional.of("ADDRESS_CHANGED");
        }
        return Optional.empty();
    }

    private static boolean sameAddress(String current, String queuedFor) {
        return current != null && current.equalsIgnoreCase(queuedFor);
    }
}
