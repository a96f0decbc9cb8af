package dk.tillid.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private static final String COLUMNS = """
            id, kind, given_name, family_name, email, phone, date_of_birth, street, postcode, city, country,
            registered_at, last_contact_at, unregistered_at, version""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Person person) {
        jdbc.sql("INSERT INTO person (" + COLUMNS + ") VALUES (:id, :kind, :givenName, :familyName, :email, :phone,"
                        + " :dateOfBirth, :street, :postcode, :city, :country, :registeredAt, :lastContactAt,"
                        + " :unregisteredAt, 0)")
                .params(parameters(person))
                .update();
    }

    /** Optimistic: a concurrent change of the same person makes this one fail rather than vanish. */
    void update(Person person) {
        int updated = jdbc.sql("""
                        UPDATE person SET kind = :kind, given_name = :givenName, family_name = :familyName,
                          email = :email, phone = :phone, date_of_birth = :dateOfBirth, street = :street,
                          postcode = :postcode, city = :city, country = :country, last_contact_at = :lastContactAt,
                          unregistered_at = :unregisteredAt, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(parameters(person))
                .param("version", person.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Person " + person.id() + " was changed by someone else meanwhile");
        }
    }

    Optional<Person> find(PersonId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = :id")
                .param("id", id.value())
                .query(PersonRepository::map)
                .optional();
    }

    /** Who has this (lower-case) address; the oldest registration if, unusually, several share it. */
    Optional<PersonId> idByEmail(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = :email ORDER BY registered_at LIMIT 1")
                .param("email", email)
                .query((row, n) -> new PersonId(row.getObject("id", java.util.UUID.class)))
                .optional();
    }

    /** Serialises changes to one (lower-case) address until the transaction ends, so two people cannot both take it. */
    void lockEmail(String email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "person.email|" + email)
                .query((row, n) -> 1).single();
    }

    /** Whether anyone but this person has the (lower-case) address; no value is read. */
    boolean emailHeldByAnother(PersonId id, String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE email = :email AND id <> :id)")
                .param("email", email).param("id", id.value())
                .query(Boolean.class).single();
    }

    List<Person> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person ORDER BY family_name, given_name, id OFFSET :offset LIMIT :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(PersonRepository::map)
                .list();
    }

    void delete(PersonId id) {
        jdbc.sql("DELETE FROM contact_event WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM processing_restriction WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM person WHERE id = :id").param("id", id.value()).update();
    }

    /** Deletes these people with their contact history and restrictions; returns those who were here. */
    List<UUID> deleteAll(UUID[] ids) {
        jdbc.sql("DELETE FROM contact_event WHERE person_id = ANY(:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM processing_restriction WHERE person_id = ANY(:ids)").param("ids", ids).update();
        return jdbc.sql("DELETE FROM person WHERE id = ANY(:ids) RETURNING id").param("ids", ids).query(UUID.class).list();
    }

    /** People of these kinds last contacted before {@code before}, in id order after {@code after}. */
    List<UUID> lastContactedBefore(List<String> kinds, Instant before, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT id FROM person
                        WHERE kind = ANY(:kinds) AND last_contact_at < :before AND (CAST(:after AS uuid) IS NULL OR id > :after)
                        ORDER BY id LIMIT :limit""")
                .param("kinds", kinds.toArray(String[]::new))
                .param("before", Timestamp.from(before))
                .param("after", after)
                .param("limit", limit)
                .query(UUID.class).list();
    }

    /** The kind and last contact of each of these people who is here. */
    Map<UUID, LastContact> lastContacts(UUID[] ids) {
        Map<UUID, LastContact> contacts = new HashMap<>();
        jdbc.sql("SELECT id, kind, last_contact_at FROM person WHERE id = ANY(:ids)").param("ids", ids)
                .query((row, n) -> contacts.put(row.getObject("id", UUID.class),
                        new LastContact(PersonKind.valueOf(row.getString("kind")), instant(row, "last_contact_at"))))
                .list();
        return contacts;
    }

    record LastContact(PersonKind kind, Instant at) {
    }

    /** Which of these people's processing is restricted now. */
    List<UUID> restrictedAmong(UUID[] ids) {
        return jdbc.sql("SELECT person_id FROM processing_restriction WHERE lifted_at IS NULL AND person_id = ANY(:ids)")
                .param("ids", ids).query(UUID.class).list();
    }

    /** The contact history and its notes: relationship data no law keeps with the identity. */
    void deleteContacts(PersonId id) {
        jdbc.sql("DELETE FROM contact_event WHERE person_id = :id").param("id", id.value()).update();
    }

    void insertContact(PersonId id, ContactEvent event) {
        jdbc.sql("""
                        INSERT INTO contact_event (person_id, kind, occurred_at, recorded_by, note)
                        VALUES (:id, :kind, :at, :by, :note)""")
                .param("id", id.value())
                .param("kind", event.kind().name())
                .param("at", Timestamp.from(event.occurredAt()))
                .param("by", event.recordedBy())
                .param("note", event.note())
                .update();
    }

    List<ContactEvent> contacts(PersonId id) {
        return jdbc.sql("SELECT kind, occurred_at, recorded_by, note FROM contact_event WHERE person_id = :id"
                        + " ORDER BY occurred_at DESC, id DESC")
                .param("id", id.value())
                .query((row, n) -> new ContactEvent(ContactEvent.Kind.valueOf(row.getString(1)),
                        row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4)))
                .list();
    }

    boolean restrict(PersonId id, Instant at, String by, String reason) {
        return jdbc.sql("""
                        INSERT INTO processing_restriction (person_id, restricted_at, restricted_by, reason)
                        VALUES (:id, :at, :by, :reason) ON CONFLICT DO NOTHING""")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("reason", reason)
                .update() == 1;
    }

    boolean liftRestriction(PersonId id, Instant at, String by) {
        return jdbc.sql("""
                        UPDATE processing_restriction SET lifted_at = :at, lifted_by = :by
                        WHERE person_id = :id AND lifted_at IS NULL""")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update() == 1;
    }

    Optional<Restriction> restriction(PersonId id) {
        return jdbc.sql("""
                        SELECT restricted_at, reason, lift_announced_at, lift_on FROM processing_restriction
                        WHERE person_id = :id AND lifted_at IS NULL""")
                .param("id", id.value())
                .query((row, n) -> new Restriction(row.getTimestamp(1).toInstant(), row.getString(2),
                        instant(row, "lift_announced_at"), row.getObject("lift_on", LocalDate.class)))
                .optional();
    }

    void announceLift(PersonId id, Instant at, String by, LocalDate liftOn) {
        jdbc.sql("""
                        UPDATE processing_restriction SET lift_announced_at = :at, lift_announced_by = :by, lift_on = :liftOn
                        WHERE person_id = :id AND lifted_at IS NULL""")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("liftOn", java.sql.Date.valueOf(liftOn))
                .update();
    }

    boolean isRestricted(PersonId id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM processing_restriction WHERE person_id = :id AND lifted_at IS NULL)")
                .param("id", id.value()).query(Boolean.class).single();
    }

    /** Removes the identity and contact data but keeps the row and its relationship facts. */
    void anonymise(PersonId id) {
        jdbc.sql("UPDATE contact_event SET note = NULL WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("""
                        UPDATE person SET given_name = :erased, family_name = :erased, email = NULL, phone = NULL,
                          date_of_birth = NULL, street = NULL, postcode = NULL, city = NULL, country = NULL,
                          version = version + 1
                        WHERE id = :id""")
                .param("id", id.value())
                .param("erased", PersonName.ERASED)
                .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static Map<String, Object> parameters(Person person) {
        var address = person.address();
        Map<String, Object> values = new HashMap<>();
        values.put("id", person.id().value());
        values.put("kind", person.kind().name());
        values.put("givenName", person.name().givenName());
        values.put("familyName", person.name().familyName());
        values.put("email", person.contact().email());
        values.put("phone", person.contact().phone());
        values.put("dateOfBirth", person.dateOfBirth().orElse(null));
        values.put("street", address.map(PostalAddress::street).orElse(null));
        values.put("postcode", address.map(PostalAddress::postcode).orElse(null));
        values.put("city", address.map(PostalAddress::city).orElse(null));
        values.put("country", address.map(PostalAddress::country).orElse(null));
        values.put("registeredAt", Timestamp.from(person.registeredAt()));
        values.put("lastContactAt", Timestamp.from(person.lastContactAt()));
        values.put("unregisteredAt", person.unregisteredAt().map(Timestamp::from).orElse(null));
        return values;
    }

    private static Person map(ResultSet row, int rowNumber) throws SQLException {
        String street = row.getString("street");
        return new Person(
                new PersonId(row.getObject("id", UUID.class)),
                PersonKind.valueOf(row.getString("kind")),
                new PersonName(row.getString("given_name"), row.getString("family_name")),
                new ContactDetails(row.getString("email"), row.getString("phone")),
                row.getObject("date_of_birth", LocalDate.class),
                street == null ? null : new PostalAddress(street, row.getString("postcode"), row.getString("city"),
                        row.getString("country")),
                instant(row, "registered_at"),
                instant(row, "last_contact_at"),
                instant(row, "unregistered_at"),
                row.getInt("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
