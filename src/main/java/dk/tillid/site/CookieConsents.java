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

    /** Whether a choice with this id, for this banner, really allowed the purpose: a cookie alone proves nothing. */
    boolean allows(CookieChoice choice, String purpose) {
        return jdbc.sql("""
                        SELECT count(*) FROM cookie_consent
                        WHERE id = :id AND banner_version = :version AND CAST(:purpose AS text) = ANY(allowed)""")
                .param("id", choice.id()).param("version", choice.bannerVersion()).param("purpose", purpose)
                .query(Long.class).single() > 0;
    }

    int deleteDecidedBefore(Instant limit) {
        return jdbc.sql("DELETE FROM cookie_consent WHERE decided_at < :limit").param("limit", Timestamp.from(limit)).update();
    }
}
