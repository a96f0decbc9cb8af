package dk.tillid.site;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The proof of each cookie choice: kept as long as the policy keeps website data (P-RET-4). */
@Repository
class CookieConsents {

    private final JdbcClient jdbc;

    CookieConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CookieChoice choice, UUID replaces, Instant at) {
        jdbc.sql("""
                        INSERT INTO cookie_consent (id, banner_version, allowed, decided_at, replaces)
                        VALUES (:id, :version, :allowed, :at, :replaces)""")
                .param("id", choice.id())
                .param("version", choice.bannerVersion())
                .param("allowed", choice.allowed().stream().sorted().toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .param("replaces", replaces)
                .update();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM cookie_consent WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    int deleteDecidedBefore(Instant limit) {
        return jdbc.sql("DELETE FROM cookie_consent WHERE decided_at < :limit").param("limit", Timestamp.from(limit)).update();
    }
}
