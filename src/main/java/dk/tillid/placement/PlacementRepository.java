package dk.tillid.placement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlacementRepository {

    /** A placement with the name of whom it is about, from the person module's directory. */
    record Named(Placement placement, String name) {
    }

    private static final String COLUMNS = """
            id, job_order_id, client_id, person_id, contact_id, status, proposed_at, proposed_by, decided_at,
            employment_id, assignment_id, started_on, hourly_pay, ended_on, version""";

    private final JdbcClient jdbc;

    PlacementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Placement placement) {
        jdbc.sql("INSERT INTO placement (" + COLUMNS + ") VALUES (:id, :jobOrder, :client, :person, :contact, :status,"
                        + " :proposedAt, :proposedBy, :decidedAt, :employment, :assignment, :startedOn, :hourlyPay,"
                        + " :endedOn, 0)")
                .params(parameters(placement)).update();
    }

    void update(Placement placement) {
        int updated = jdbc.sql("""
                        UPDATE placement SET status = :status, decided_at = :decidedAt, employment_id = :employment,
                          assignment_id = :assignment, started_on = :startedOn, hourly_pay = :hourlyPay,
                          ended_on = :endedOn, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(parameters(placement)).param("version", placement.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The placement was changed by someone else meanwhile");
        }
    }

    Optional<Placement> find(PlacementId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE id = :id").param("id", id.value())
                .query(PlacementRepository::map).optional();
    }

    /** Whether the person already has a standing proposal or placement for the job order. */
    boolean standing(UUID jobOrder, PersonId person) {
        return jdbc.sql("SELECT count(*) FROM placement WHERE job_order_id = :jobOrder AND person_id = :person"
                        + " AND status IN ('PROPOSED', 'ACCEPTED', 'STARTED')")
                .param("jobOrder", jobOrder).param("person", person.value()).query(Long.class).single() > 0;
    }

    /** How many placements fill a position of the job order (accepted, started or ended). */
    long placed(UUID jobOrder) {
        return jdbc.sql("SELECT count(*) FROM placement WHERE job_order_id = :jobOrder"
                        + " AND status IN ('ACCEPTED', 'STARTED', 'ENDED')")
                .param("jobOrder", jobOrder).query(Long.class).single();
    }

    /** Proposed, accepted and started placements, newest first. */
    List<Named> open(int limit) {
        return named("WHERE pl.status IN ('PROPOSED', 'ACCEPTED', 'STARTED') ORDER BY pl.proposed_at DESC LIMIT :limit",
                Map.of("limit", limit));
    }

    List<Named> ofJobOrder(UUID jobOrder) {
        return named("WHERE pl.job_order_id = :jobOrder ORDER BY pl.proposed_at DESC", Map.of("jobOrder", jobOrder));
    }

    Optional<Named> findNamed(PlacementId id) {
        return named("WHERE pl.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    List<Placement> ofPerson(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM placement WHERE person_id = :person ORDER BY proposed_at")
                .param("person", person.value()).query(PlacementRepository::map).list();
    }

    int deleteOf(PersonId person, boolean keepWork) {
        return jdbc.sql("DELETE FROM placement WHERE person_id = :person"
                        + (keepWork ? " AND status NOT IN ('STARTED', 'ENDED')" : ""))
                .param("person", person.value()).update();
    }

    int forgetContact(PersonId contact) {
        return jdbc.sql("UPDATE placement SET contact_id = NULL, version = version + 1 WHERE contact_id = :contact")
                .param("contact", contact.value()).update();
    }

    /** Takes these business contacts off the proposals they received; the contacts who were on any. */
    List<UUID> forgetContacts(UUID[] contacts) {
        return jdbc.sql("""
                        WITH named AS (SELECT id, contact_id FROM placement WHERE contact_id = ANY(:contacts) FOR UPDATE)
                        UPDATE placement p SET contact_id = NULL, version = p.version + 1 FROM named
                        WHERE p.id = named.id RETURNING named.contact_id""")
                .param("contacts", contacts).query(UUID.class).list();
    }

    /** Deletes the placements of these people; for each row, whose it was and whether it became an assignment. */
    Map<UUID, Boolean> deleteAll(UUID[] people) {
        Map<UUID, Boolean> worked = new HashMap<>();
        jdbc.sql("""
                        WITH gone AS (DELETE FROM placement WHERE person_id = ANY(:people) RETURNING person_id, started_on)
                        SELECT person_id, bool_or(started_on IS NOT NULL) FROM gone GROUP BY person_id""")
                .param("people", people)
                .query((rs, n) -> worked.put(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
        return worked;
    }

    private List<Named> named(String where, Map<String, Object> parameters) {
        String columns = COLUMNS.replaceAll("(\\w+)", "pl.$1");
        return jdbc.sql("SELECT " + columns + ", p.given_name, p.family_name FROM placement pl"
                        + " JOIN person_directory p ON p.id = pl.person_id " + where)
                .params(parameters)
                .query((rs, n) -> new Named(map(rs, n), rs.getString("given_name") + " " + rs.getString("family_name")))
                .list();
    }

    private static Map<String, Object> parameters(Placement placement) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", placement.id().value());
        values.put("jobOrder", placement.jobOrder());
        values.put("client", placement.client());
        values.put("person", placement.person().value());
        values.put("contact", placement.contact().map(PersonId::value).orElse(null));
        values.put("status", placement.status().name());
        values.put("proposedAt", Timestamp.from(placement.proposedAt()));
        values.put("proposedBy", placement.proposedBy());
        values.put("decidedAt", placement.decidedAt().map(Timestamp::from).orElse(null));
        values.put("employment", placement.employment().orElse(null));
        values.put("assignment", placement.assignment().orElse(null));
        values.put("startedOn", placement.startedOn().map(Date::valueOf).orElse(null));
        values.put("hourlyPay", placement.hourlyPay().orElse(null));
        values.put("endedOn", placement.endedOn().map(Date::valueOf).orElse(null));
        return values;
    }

    private static Placement map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Date started = rs.getDate("started_on");
        Date ended = rs.getDate("ended_on");
        UUID contact = rs.getObject("contact_id", UUID.class);
        BigDecimal pay = rs.getBigDecimal("hourly_pay");
        return new Placement(new PlacementId(rs.getObject("id", UUID.class)), rs.getObject("job_order_id", UUID.class),
                rs.getObject("client_id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
                contact == null ? null : new PersonId(contact), Placement.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("proposed_by"),
                decided == null ? null : decided.toInstant(), rs.getObject("employment_id", UUID.class),
                rs.getObject("assignment_id", UUID.class), started == null ? null : started.toLocalDate(), pay,
                ended == null ? null : ended.toLocalDate(), rs.getInt("version"));
    }
}
