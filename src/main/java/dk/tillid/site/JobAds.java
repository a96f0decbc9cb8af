package dk.tillid.site;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jobs advertised on the website (no personal data): until job orders publish their own. */
@Repository
class JobAds {

    enum WorkType { PERMANENT, TEMPORARY }

    record JobAd(UUID id, String title, String location, WorkType workType, String description, Instant publishedAt) {
    }

    private final JdbcClient jdbc;

    JobAds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JobAd> open() {
        return jdbc.sql("""
                        SELECT id, title, location, work_type, description, published_at FROM job_ad
                        WHERE closed_at IS NULL ORDER BY published_at DESC, id""")
                .query((row, n) -> new JobAd(row.getObject("id", UUID.class), row.getString("title"),
                        row.getString("location"), WorkType.valueOf(row.getString("work_type")),
                        row.getString("description"), row.getTimestamp("published_at").toInstant()))
                .list();
    }

    UUID publish(String title, String location, WorkType workType, String description, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO job_ad (id, title, location, work_type, description, published_at)
                        VALUES (:id, :title, :location, :workType, :description, :at)""")
                .param("id", id).param("title", title).param("location", location).param("workType", workType.name())
                .param("description", description).param("at", Timestamp.from(at))
                .update();
        return id;
    }

    void close(UUID id, Instant at) {
        jdbc.sql("UPDATE job_ad SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }
}
