package dk.tillid.employment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employee file's identity block (P-DATA-7), its bank account, and the CPR number history. */
@Repository
class EmployeeFileRepository {

    private final JdbcClient jdbc;

    EmployeeFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's row; encrypted columns as ciphertext. */
    record Row(PersonId person, long employeeNumber, String nationality, String idDocumentType, byte[] idDocumentNumber,
               LocalDate idDocumentExpiry, String permitType, LocalDate permitExpiry, byte[] bankAccount) {
    }

    /** One CPR number of a person and when it applied; {@code validTo} null for the current one. */
    record StoredCpr(UUID id, byte[] ciphertext, LocalDate validFrom, LocalDate validTo) {
    }

    Optional<Row> find(PersonId person) {
        return jdbc.sql("SELECT * FROM employee_file WHERE person_id = :person").param("person", person.value())
                .query((row, n) -> new Row(person, row.getLong("employee_number"), row.getString("nationality"),
                        row.getString("id_document_type"), row.getBytes("id_document_number"), date(row.getDate("id_document_expiry")),
                        row.getString("permit_type"), date(row.getDate("permit_expiry")), row.getBytes("bank_account")))
                .optional();
    }

    void setNationality(PersonId person, String code, Instant now) {
        update(person, "nationality = :value", code, now);
    }

    void setIdDocument(PersonId person, String type, byte[] number, LocalDate expiry, Instant now) {
        jdbc.sql("""
                        UPDATE employee_file SET id_document_type = :type, id_document_number = :number,
                          id_document_expiry = :expiry, updated_at = :now WHERE person_id = :person""")
                .param("type", type).param("number", number).param("expiry", expiry == null ? null : Date.valueOf(expiry))
                .param("now", Timestamp.from(now)).param("person", person.value()).update();
    }

    void setPermit(PersonId person, String type, LocalDate expiry, Instant now) {
        jdbc.sql("UPDATE employee_file SET permit_type = :type, permit_expiry = :expiry, updated_at = :now WHERE person_id = :person")
                .param("type", type).param("expiry", expiry == null ? null : Date.valueOf(expiry))
                .param("now", Timestamp.from(now)).param("person", person.value()).update();
    }

    void setBankAccount(PersonId person, byte[] ciphertext, Instant now) {
        update(person, "bank_account = :value", ciphertext, now);
    }

    private void update(PersonId person, String assignment, Object value, Instant now) {
        jdbc.sql("UPDATE employee_file SET " + assignment + ", updated_at = :now WHERE person_id = :person")
                .param("value", value).param("now", Timestamp.from(now)).param("person", person.value()).update();
    }

    /** Clears the identity block (P-DATA-7 but the CPR numbers). */
    void clearIdentity(PersonId person, Instant now) {
        jdbc.sql("""
                        UPDATE employee_file SET nationality = NULL, id_document_type = NULL, id_document_number = NULL,
                          id_document_expiry = NULL, permit_type = NULL, permit_expiry = NULL, updated_at = :now
                        WHERE person_id = :person""")
                .param("now", Timestamp.from(now)).param("person", person.value()).update();
    }

    /** Employees whose work permit expires on or before {@code until} (expired ones included), soonest first. */
    List<PersonId> permitsExpiringBy(LocalDate until) {
        return jdbc.sql("SELECT person_id FROM employee_file WHERE permit_expiry <= :until ORDER BY permit_expiry, person_id")
                .param("until", Date.valueOf(until)).query((row, n) -> new PersonId(row.getObject(1, UUID.class))).list();
    }

    List<StoredCpr> cprHistory(PersonId person) {
        return jdbc.sql("""
                        SELECT id, ciphertext, valid_from, valid_to FROM cpr_number WHERE person_id = :person
                        ORDER BY valid_to IS NULL DESC, valid_from DESC, recorded_at DESC""")
                .param("person", person.value())
                .query((row, n) -> new StoredCpr(row.getObject(1, UUID.class), row.getBytes(2), row.getDate(3).toLocalDate(),
                        date(row.getDate(4))))
                .list();
    }

    /** Closes the current number (if any) on {@code today} and stores the new one as current. */
    void replaceCpr(PersonId person, byte[] ciphertext, LocalDate today, Instant now, String by) {
        jdbc.sql("UPDATE cpr_number SET valid_to = GREATEST(valid_from, :today) WHERE person_id = :person AND valid_to IS NULL")
                .param("today", Date.valueOf(today)).param("person", person.value()).update();
        jdbc.sql("""
                        INSERT INTO cpr_number (id, person_id, ciphertext, valid_from, recorded_at, recorded_by)
                        VALUES (:id, :person, :ciphertext, :today, :now, :by)""")
                .param("id", UUID.randomUUID()).param("person", person.value()).param("ciphertext", ciphertext)
                .param("today", Date.valueOf(today)).param("now", Timestamp.from(now)).param("by", by).update();
    }

    void deleteCprNumbers(PersonId person) {
        jdbc.sql("DELETE FROM cpr_number WHERE person_id = :person").param("person", person.value()).update();
    }

    /** Whose employee files were deleted, and who among them had each kind of data that has its own category. */
    record DeletedFiles(Set<UUID> files, Set<UUID> identity, Set<UUID> healthReasons, Set<UUID> screenings,
                        Set<UUID> extracts, Set<UUID> disclosureConsents) {
    }

    /**
     * Deletes the employee files of these people with every row that refers to them (children first,
     * for the foreign keys); a statement per table for the whole batch.
     */
    DeletedFiles deleteAll(UUID[] people) {
        Set<UUID> consents = deleteFrom("criminal_record_disclosure_consent", "true", people);
        Set<UUID> extracts = deleteFrom("criminal_record", "true", people);
        Set<UUID> screenings = deleteFrom("screening_result", "true", people);
        Set<UUID> health = deleteFrom("absence", "health_reason IS NOT NULL", people);
        Set<UUID> identity = deleteFrom("cpr_number", "true", people);
        jdbc.sql("DELETE FROM timesheet_line WHERE person_id = ANY(:people)").param("people", people).update();
        jdbc.sql("DELETE FROM employment WHERE person_id = ANY(:people)").param("people", people).update();
        Set<UUID> files = new HashSet<>();
        jdbc.sql("""
                        DELETE FROM employee_file WHERE person_id = ANY(:people)
                        RETURNING person_id, nationality IS NOT NULL OR id_document_type IS NOT NULL OR permit_type IS NOT NULL""")
                .param("people", people)
                .query((row, n) -> {
                    UUID person = row.getObject(1, UUID.class);
                    files.add(person);
                    return row.getBoolean(2) ? identity.add(person) : false;
                })
                .list();
        return new DeletedFiles(files, identity, health, screenings, extracts, consents);
    }

    /**
     * Deletes the rows of these people from {@code table} (one of ours, never input); the people who had
     * a row for which {@code flag} held, each once however many rows they had.
     */
    private Set<UUID> deleteFrom(String table, String flag, UUID[] people) {
        return new HashSet<>(jdbc.sql("WITH gone AS (DELETE FROM " + table + " WHERE person_id = ANY(:people)"
                        + " RETURNING person_id, " + flag + " AS flagged) SELECT DISTINCT person_id FROM gone WHERE flagged")
                .param("people", people).query(UUID.class).list());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
