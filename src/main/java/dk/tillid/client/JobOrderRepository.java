package dk.tillid.client;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobOrderRepository {

    private static final String SELECT = """
            SELECT j.*, c.name AS client_name,
              ARRAY(SELECT l.language || ':' || l.level FROM job_order_language l
                    WHERE l.job_order_id = j.id ORDER BY l.language) AS languages
            FROM job_order j JOIN client_company c ON c.id = j.client_id
            """;

    private final JdbcClient jdbc;

    JobOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(JobOrderId id, ClientId client, JobOrderDetails details, Instant at) {
        jdbc.sql("""
                        INSERT INTO job_order (id, client_id, title, description, skills, city, postcode, start_date,
                          duration_weeks, kind, status, positions, created_at)
                        VALUES (:id, :client, :title, :description, string_to_array(:skills, chr(31)), :city, :postcode,
                          :start, :weeks, :kind, 'OPEN', :positions, :at)""")
                .param("id", id.value()).param("client", client.value()).params(columns(details))
                .param("at", Timestamp.from(at))
                .update();
        saveLanguages(id, details.languages());
    }

    boolean update(JobOrderId id, JobOrderDetails details) {
        boolean updated = jdbc.sql("""
                        UPDATE job_order SET title = :title, description = :description,
                          skills = string_to_array(:skills, chr(31)), city = :city, postcode = :postcode,
                          start_date = :start, duration_weeks = :weeks, kind = :kind, positions = :positions,
                          version = version + 1
                        WHERE id = :id""")
                .param("id", id.value()).params(columns(details))
                .update() == 1;
        if (updated) {
            saveLanguages(id, details.languages());
        }
        return updated;
    }

    /** Moves the order from one status to another; false if it was not in {@code from}. */
    boolean changeStatus(JobOrderId id, JobOrder.Status from, JobOrder.Status to) {
        return jdbc.sql("UPDATE job_order SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
                .param("id", id.value()).param("from", from.name()).param("to", to.name())
                .update() == 1;
    }

    Optional<JobOrder> find(JobOrderId id) {
        return jdbc.sql(SELECT + "WHERE j.id = :id").param("id", id.value())
                .query(JobOrderRepository::map).optional();
    }

    List<JobOrder> open(int limit) {
        return jdbc.sql(SELECT + "WHERE j.status = 'OPEN' ORDER BY j.start_date, j.id LIMIT :limit")
                .param("limit", limit).query(JobOrderRepository::map).list();
    }

    List<JobOrder> openPlacedSince(java.time.Instant since, int limit) {
        return jdbc.sql(SELECT + "WHERE j.status = 'OPEN' AND j.created_at >= :since ORDER BY j.created_at, j.id LIMIT :limit")
                .param("since", java.sql.Timestamp.from(since)).param("limit", limit).query(JobOrderRepository::map).list();
    }

    List<JobOrder> ofClient(ClientId client) {
        return jdbc.sql(SELECT + "WHERE j.client_id = :client ORDER BY j.status <> 'OPEN', j.start_date DESC, j.id")
                .param("client", client.value()).query(JobOrderRepository::map).list();
    }

    private void saveLanguages(JobOrderId id, List<RequiredLanguage> languages) {
        jdbc.sql("DELETE FROM job_order_language WHERE job_order_id = :id").param("id", id.value()).update();
        for (RequiredLanguage language : languages) {
            jdbc.sql("INSERT INTO job_order_language (job_order_id, language, level) VALUES (:id, :language, :level)")
                    .param("id", id.value()).param("language", language.language()).param("level", language.level())
                    .update();
        }
    }

    private static Map<String, Object> columns(JobOrderDetails details) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("title", details.title());
        columns.put("description", details.description());
        columns.put("skills", String.join("\u001f", details.skills()));
        columns.put("city", details.city());
        columns.put("postcode", details.postcode());
        columns.put("start", Date.valueOf(details.start()));
        columns.put("weeks", details.durationWeeks());
        columns.put("kind", details.kind().name());
        columns.put("positions", details.positions());
        return columns;
    }

    private static JobOrder map(ResultSet row, int n) throws SQLException {
        List<RequiredLanguage> languages = new ArrayList<>();
        for (String pair : strings(row.getArray("languages"))) {
            String[] parts = pair.split(":", 2);
            languages.add(new RequiredLanguage(parts[0], parts[1]));
        }
        return new JobOrder(new JobOrderId(row.getObject("id", UUID.class)),
                new ClientId(row.getObject("client_id", UUID.class)), row.getString("client_name"),
                row.getString("title"), row.getString("description"), strings(row.getArray("skills")), languages,
                row.getString("city"), row.getString("postcode"), row.getDate("start_date").toLocalDate(),
                row.getObject("duration_weeks", Integer.class), JobOrder.Kind.valueOf(row.getString("kind")),
                JobOrder.Status.valueOf(row.getString("status")), row.getInt("positions"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
