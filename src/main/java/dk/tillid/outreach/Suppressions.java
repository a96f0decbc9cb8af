package dk.tillid.outreach;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list: people who objected to direct marketing (Art. 21(2) and (3)), for whom the
 * objection is absolute. An objection withdraws the marketing consent and is kept under the person's
 * id while they are held, so it follows them to a new address and is never anyone else's; when they
 * are erased it is unlinked and keeps only a keyed hash of the address they had then, which stops
 * marketing to whoever registers with that address again. No marketing reaches anyone on the list,
 * whatever consent they give later; only they can take their objection back.
 */
@Service
@Transactional
public class Suppressions {

    private static final String HASH_LABEL = "suppression";
    /** The person's own objection, or one left unlinked at their address: never another living person's. */
    private static final String MATCHES = "person_id = :person OR (person_id IS NULL AND address_hash = :hash)";

    private final JdbcClient jdbc;
    private final LinkKey key;
    private final Persons persons;
    private final ConsentLedger consents;
    private final AuditTrail audit;
    private final Clock clock;

    Suppressions(JdbcClient jdbc, LinkKey key, Persons persons, ConsentLedger consents, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.persons = persons;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person objects to direct marketing: consent withdrawn and the objection kept. Twice changes nothing. */
    public void object(PersonId person, ConsentChannel channel) {
        consents.withdraw(person.subject(), PurposeId.MARKETING, null, channel);
        jdbc.sql("""
                        INSERT INTO marketing_suppression (address_hash, person_id, since, channel, recorded_by)
                        VALUES (:hash, :person, :at, :channel, :by)
                        ON CONFLICT (person_id) WHERE person_id IS NOT NULL DO NOTHING""")
                .param("hash", hash(person, addressOf(person)))
                .param("person", person.value())
                .param("at", Timestamp.from(clock.instant()))
                .param("channel", channel.name())
                .param("by", audit.currentActor().toString())
                .update();
        audit.change(person.subject(), PurposeId.MARKETING, AuditAction.CREATE, MailPreferences.CATEGORY);
    }

    /**
     * The person themselves takes their objection back (in the portal): theirs, and an unlinked one
     * left at their address by an earlier registration; never one of another person still held.
     */
    public void withdrawObjection(PersonId person) {
        int removed = jdbc.sql("DELETE FROM marketing_suppression WHERE " + MATCHES)
                .param("person", person.value()).param("hash", hash(person, addressOf(person))).update();
        if (removed > 0) {
            audit.change(person.subject(), PurposeId.MARKETING, AuditAction.DELETE, MailPreferences.CATEGORY);
        }
    }

    /** Since when the person, or their present address, is on the list; empty if not. */
    @Transactional(readOnly = true)
    public Optional<Instant> since(PersonId person) {
        return since(person, addressOf(person));
    }

    /** {@link #since(PersonId)} when the caller knows the address (null if none) already. */
    @Transactional(readOnly = true)
    Optional<Instant> since(PersonId person, String address) {
        return jdbc.sql("SELECT min(since) FROM marketing_suppression WHERE " + MATCHES)
                .param("person", person.value()).param("hash", hash(person, address))
                .query((row, n) -> row.getTimestamp(1)).optional()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant);
    }

    /** The people among these who are on the list, by id or by address (given in the same order, null if none). */
    @Transactional(readOnly = true)
    List<PersonId> among(List<PersonId> people, List<String> addresses) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            hashes.add(hash(people.get(i), addresses.get(i)));
        }
        List<java.util.UUID> ids = people.stream().map(PersonId::value).toList();
        var found = jdbc.sql("""
                        SELECT p.id FROM unnest(CAST(:ids AS uuid[]), CAST(:hashes AS bytea[])) AS p(id, hash)
                        WHERE EXISTS (SELECT 1 FROM marketing_suppression s
                                      WHERE s.person_id = p.id OR (s.person_id IS NULL AND s.address_hash = p.hash))""")
                .param("ids", ids.toArray(java.util.UUID[]::new))
                .param("hashes", hashes.toArray(byte[][]::new))
                .query(java.util.UUID.class).list();
        return found.stream().map(PersonId::new).toList();
    }

    /**
     * The people are being erased (their address is still readable: the person module erases last):
     * each objection stays, unlinked, with the hash of the address they have now.
     */
    void forget(java.util.UUID[] people) {
        record Held(java.util.UUID id, String email) {
        }
        List<Held> held = jdbc.sql("""
                        SELECT s.person_id, d.email FROM marketing_suppression s
                        LEFT JOIN person_directory d ON d.id = s.person_id WHERE s.person_id = ANY(:people)""")
                .param("people", people).query((row, n) -> new Held(row.getObject(1, java.util.UUID.class), row.getString(2)))
                .list();
        for (Held objection : held) {
            PersonId person = new PersonId(objection.id());
            jdbc.sql("UPDATE marketing_suppression SET person_id = NULL, address_hash = :hash WHERE person_id = :person")
                    .param("hash", hash(person, objection.email())).param("person", person.value()).update();
        }
    }

    @Transactional(readOnly = true)
    List<Instant> heldFor(PersonId person) {
        return jdbc.sql("SELECT since FROM marketing_suppression WHERE person_id = :person ORDER BY since")
                .param("person", person.value()).query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
    }

    private String addressOf(PersonId person) {
        return persons.find(person, PurposeId.MARKETING).map(Person::contact).map(contact -> contact.email()).orElse(null);
    }

    /**
     * HMAC of the address as the person module stores it (lower case); for a person without one, of
     * their id (then the objection holds only while they are held).
     */
    private byte[] hash(PersonId person, String address) {
        String normalised = address == null ? "id:" + person.value() : "address:" + address.strip().toLowerCase(Locale.ROOT);
        return key.mac(HASH_LABEL, normalised.getBytes(StandardCharsets.UTF_8));
    }
}
