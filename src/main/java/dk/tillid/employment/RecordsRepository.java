package dk.tillid.employment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.consent.ConsentChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Absence, screening results, criminal record extracts and the per-disclosure consents to them. */
@Repository
class RecordsRepository {

    private final JdbcClient jdbc;

    RecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAbsence(UUID id, LocalDate firstDay, LocalDate lastDay, Absences.Type type, byte[] healthReason) {
    }

    record Screening(UUID id, String clientName, String screening, String result, LocalDate screenedOn) {

        @Override
        public String toString() {
            return "Screening[" + id + ", redacted]";
        }
    }

    record StoredExtract(UUID id, byte[] ciphertext, LocalDate issuedOn, long ledgerEvent) {
    }

    record DisclosureConsent(UUID id, UUID extract, long ledgerEvent, UUID client, String clientName, ConsentChannel channel,
                             Instant givenAt, Instant usedAt) {
    }

    void insertAbsence(PersonId person, LocalDate first, LocalDate last, Absences.Type type, byte[] healthReason,
                       Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO absence (id, person_id, first_day, last_day, type, health_reason, recorded_at, recorded_by)
                        VALUES (:id, :person, :first, :last, :type, :reason, :now, :by)""")
                .param("id", UUID.randomUUID()).param("person", person.value()).param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last)).param("type", type.name()).param("reason", healthReason)
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    List<StoredAbsence> absences(PersonId person) {
        return jdbc.sql("SELECT id, first_day, last_day, type, health_reason FROM absence WHERE person_id = :person ORDER BY first_day DESC")
                .param("person", person.value())
                .query((row, n) -> new StoredAbsence(row.getObject(1, UUID.class), row.getDate(2).toLocalDate(),
                        row.getDate(3).toLocalDate(), Absences.Type.valueOf(row.getString(4)), row.getBytes(5)))
                .list();
    }

    int clearHealthReasons(PersonId person) {
        return jdbc.sql("UPDATE absence SET health_reason = NULL WHERE person_id = :person AND health_reason IS NOT NULL")
                .param("person", person.value()).update();
    }

    void insertScreening(PersonId person, String client, String screening, String result, LocalDate on, Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO screening_result (id, person_id, client_name, screening, result, screened_on, recorded_at, recorded_by)
                        VALUES (:id, :person, :client, :screening, :result, :on, :now, :by)""")
                .param("id", UUID.randomUUID()).param("person", person.value()).param("client", client)
                .param("screening", screening).param("result", result).param("on", Date.valueOf(on))
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    List<Screening> screenings(PersonId person) {
        return jdbc.sql("SELECT id, client_name, screening, result, screened_on FROM screening_result WHERE person_id = :person ORDER BY screened_on DESC")
                .param("person", person.value())
                .query((row, n) -> new Screening(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getDate(5).toLocalDate()))
                .list();
    }

    /** Stores the extract, replacing an earlier one (whose unused disclosure consents go with it). */
    UUID replaceExtract(PersonId person, byte[] ciphertext, long ledgerEvent, LocalDate issuedOn, Instant now, String by) {
        deleteExtract(person);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO criminal_record (id, person_id, ciphertext, ledger_event_id, issued_on, recorded_at, recorded_by)
                        VALUES (:id, :person, :ciphertext, :event, :issued, :now, :by)""")
                .param("id", id).param("person", person.value()).param("ciphertext", ciphertext).param("event", ledgerEvent)
                .param("issued", Date.valueOf(issuedOn)).param("now", Timestamp.from(now)).param("by", by).update();
        return id;
    }

    Optional<StoredExtract> extract(PersonId person) {
        return jdbc.sql("SELECT id, ciphertext, issued_on, ledger_event_id FROM criminal_record WHERE person_id = :person")
                .param("person", person.value())
                .query((row, n) -> new StoredExtract(row.getObject(1, UUID.class), row.getBytes(2), row.getDate(3).toLocalDate(),
                        row.getLong(4)))
                .optional();
    }

    List<PersonId> peopleWithExtracts() {
        return jdbc.sql("SELECT person_id FROM criminal_record").query((row, n) -> new PersonId(row.getObject(1, UUID.class))).list();
    }

    /** Deletes the extract and its unused disclosure consents; used ones stay, as proof, without the extract. */
    boolean deleteExtract(PersonId person) {
        jdbc.sql("""
                        DELETE FROM criminal_record_disclosure_consent WHERE person_id = :person AND used_at IS NULL""")
                .param("person", person.value()).update();
        return jdbc.sql("DELETE FROM criminal_record WHERE person_id = :person").param("person", person.value()).update() > 0;
    }

    void insertDisclosureConsent(UUID id, PersonId person, UUID extract, long ledgerEvent, UUID client, String clientName,
                                 ConsentChannel channel, Instant now, String by) {
        jdbc.sql("""
                        INSERT INTO criminal_record_disclosure_consent (id, person_id, criminal_record_id, ledger_event_id,
                          client_id, client_name, channel, given_at, recorded_by)
                        VALUES (:id, :person, :extract, :event, :client, :name, :channel, :now, :by)""")
                .param("id", id).param("person", person.value()).param("extract", extract).param("event", ledgerEvent)
                .param("client", client).param("name", clientName).param("channel", channel.name())
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    List<DisclosureConsent> disclosureConsents(PersonId person) {
        return jdbc.sql("""
                        SELECT id, criminal_record_id, ledger_event_id, client_id, client_name, channel, given_at, used_at
                        FROM criminal_record_disclosure_consent WHERE person_id = :person ORDER BY given_at DESC""")
                .param("person", person.value())
                .query((row, n) -> new DisclosureConsent(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getLong(3), row.getObject(4, UUID.class), row.getString(5), ConsentChannel.valueOf(row.getString(6)),
                        row.getTimestamp(7).toInstant(),
                        row.getTimestamp(8) == null ? null : row.getTimestamp(8).toInstant()))
                .list();
    }

    /** Spends the consent: true only for the one caller that found it unused. */
    boolean useDisclosureConsent(UUID id, PersonId person, UUID extract, Instant now) {
        return jdbc.sql("""
                        UPDATE criminal_record_disclosure_consent SET used_at = :now
                        WHERE id = :id AND person_id = :person AND criminal_record_id = :extract AND used_at IS NULL""")
                .param("now", Timestamp.from(now)).param("id", id).param("person", person.value()).param("extract", extract)
                .update() == 1;
    }

    void deleteAll(PersonId person, String table) {
        if (!List.of("absence", "screening_result", "criminal_record_disclosure_consent").contains(table)) {
            throw new IllegalArgumentException("not a table of this repository");
        }
        jdbc.sql("DELETE FROM " + table + " WHERE person_id = :person").param("person", person.value()).update();
    }
}
