package dk.tillid.client;

import java.sql.Date;
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

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean cvrTaken(String cvr, ClientId other) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client_company WHERE cvr = :cvr AND id <> :id)")
                .param("cvr", cvr).param("id", other == null ? new UUID(0, 0) : other.value())
                .query(Boolean.class).single();
    }

    void insert(ClientId id, CompanyDetails details, Instant at) {
        jdbc.sql("""
                        INSERT INTO client_company (id, name, cvr, street, postcode, city, created_at)
                        VALUES (:id, :name, :cvr, :street, :postcode, :city, :at)""")
                .param("id", id.value()).params(columns(details)).param("at", Timestamp.from(at))
                .update();
    }

    boolean update(ClientId id, CompanyDetails details) {
        return jdbc.sql("""
                        UPDATE client_company SET name = :name, cvr = :cvr, street = :street, postcode = :postcode,
                          city = :city, version = version + 1
                        WHERE id = :id""")
                .param("id", id.value()).params(columns(details))
                .update() == 1;
    }

    Optional<ClientCompany> find(ClientId id) {
        return jdbc.sql("SELECT * FROM client_company WHERE id = :id").param("id", id.value())
                .query(ClientRepository::company).optional();
    }

    /** Companies by name, optionally those whose name contains {@code text}; a company name is no personal data. */
    List<ClientCompany> list(String text, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM client_company
                        WHERE :text = '' OR strpos(lower(name), lower(:text)) > 0
                        ORDER BY lower(name), id OFFSET :offset LIMIT :limit""")
                .param("text", text == null ? "" : text.strip())
                .param("offset", offset).param("limit", limit)
                .query(ClientRepository::company).list();
    }

    List<ClientId> named(String name) {
        return jdbc.sql("SELECT id FROM client_company WHERE lower(name) = lower(:name) ORDER BY id")
                .param("name", name == null ? "" : name.strip())
                .query((row, n) -> new ClientId(row.getObject("id", UUID.class))).list();
    }

    void insertContact(PersonId person, ClientId client, String position) {
        jdbc.sql("INSERT INTO client_contact (person_id, client_id, position) VALUES (:person, :client, :position)")
                .param("person", person.value()).param("client", client.value()).param("position", position)
                .update();
    }

    /** The contacts' ties to companies; names and addresses come from the person module. */
    record ContactRow(PersonId person, ClientId client, String position, boolean active) {
    }

    List<ContactRow> contacts(ClientId client) {
        return jdbc.sql("""
                        SELECT c.* FROM client_contact c JOIN person_directory p ON p.id = c.person_id
                        WHERE c.client_id = :client ORDER BY c.active DESC, p.family_name, p.given_name, p.id""")
                .param("client", client.value())
                .query(ClientRepository::contact).list();
    }

    Optional<ContactRow> contact(PersonId person) {
        return jdbc.sql("SELECT * FROM client_contact WHERE person_id = :person").param("person", person.value())
                .query(ClientRepository::contact).optional();
    }

    boolean setContactActive(PersonId person, boolean active) {
        return jdbc.sql("UPDATE client_contact SET active = :active WHERE person_id = :person")
                .param("active", active).param("person", person.value()).update() == 1;
    }

    boolean updatePosition(PersonId person, String position) {
        return jdbc.sql("UPDATE client_contact SET position = :position WHERE person_id = :person")
                .param("position", position).param("person", person.value()).update() == 1;
    }

    void deleteContact(PersonId person) {
        jdbc.sql("DELETE FROM client_contact WHERE person_id = :person").param("person", person.value()).update();
    }

    /** The people among these who were a contact person, now no longer. */
    List<UUID> deleteContacts(UUID[] people) {
        return jdbc.sql("DELETE FROM client_contact WHERE person_id = ANY(:people) RETURNING person_id")
                .param("people", people).query(UUID.class).list();
    }

    void insertAgreement(ClientId client, Agreement agreement, Instant at) {
        jdbc.sql("""
                        INSERT INTO client_agreement (id, client_id, kind, title, valid_from, valid_to, terms, created_at)
                        VALUES (:id, :client, :kind, :title, :from, :to, :terms, :at)""")
                .param("id", agreement.id()).param("client", client.value()).param("kind", agreement.kind().name())
                .param("title", agreement.title()).param("from", Date.valueOf(agreement.validFrom()))
                .param("to", agreement.validTo() == null ? null : Date.valueOf(agreement.validTo()))
                .param("terms", agreement.terms()).param("at", Timestamp.from(at))
                .update();
    }

    List<Agreement> agreements(ClientId client) {
        return jdbc.sql("SELECT * FROM client_agreement WHERE client_id = :client ORDER BY valid_from DESC, id")
                .param("client", client.value())
                .query((row, n) -> new Agreement(row.getObject("id", UUID.class),
                        Agreement.Kind.valueOf(row.getString("kind")), row.getString("title"),
                        row.getDate("valid_from").toLocalDate(),
                        row.getDate("valid_to") == null ? null : row.getDate("valid_to").toLocalDate(),
                        row.getString("terms")))
                .list();
    }

    private static java.util.Map<String, Object> columns(CompanyDetails details) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("name", details.name());
        columns.put("cvr", details.cvr());
        columns.put("street", details.street());
        columns.put("postcode", details.postcode());
        columns.put("city", details.city());
        return columns;
    }

    private static ClientCompany company(ResultSet row, int n) throws SQLException {
        return new ClientCompany(new ClientId(row.getObject("id", UUID.class)), new CompanyDetails(row.getString("name"),
                row.getString("cvr"), row.getString("street"), row.getString("postcode"), row.getString("city")));
    }

    private static ContactRow contact(ResultSet row, int n) throws SQLException {
        return new ContactRow(new PersonId(row.getObject("person_id", UUID.class)),
                new ClientId(row.getObject("client_id", UUID.class)), row.getString("position"), row.getBoolean("active"));
    }

    /**
     * For each of these people who is an active contact, the last day of their company's business with
     * the agency: today while an agreement runs or a job order is open; else the end of the last
     * agreement or the day of the last job order, whichever is later.
     */
    Map<UUID, LocalDate> lastActivity(UUID[] people, LocalDate today) {
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                        SELECT c.person_id,
                          CASE WHEN EXISTS (SELECT 1 FROM job_order j WHERE j.client_id = c.client_id AND j.status = 'OPEN')
                                 OR EXISTS (SELECT 1 FROM client_agreement a WHERE a.client_id = c.client_id
                                            AND a.valid_from <= :today AND (a.valid_to IS NULL OR a.valid_to >= :today))
                               THEN CAST(:today AS date)
                               ELSE greatest((SELECT max(a.valid_to) FROM client_agreement a WHERE a.client_id = c.client_id AND a.valid_to < :today),
                                             (SELECT max(CAST(j.created_at AT TIME ZONE 'Europe/Copenhagen' AS date)) FROM job_order j
                                              WHERE j.client_id = c.client_id))
                          END AS last_activity
                        FROM client_contact c WHERE c.active AND c.person_id = ANY(:people)""")
                .param("people", people).param("today", Date.valueOf(today))
                .query((row, n) -> {
                    Date day = row.getDate("last_activity");
                    if (day != null) {
                        last.put(row.getObject("person_id", UUID.class), day.toLocalDate());
                    }
                    return day;
                })
                .list();
        return last;
    }
}
