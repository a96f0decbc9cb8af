package dk.tillid.site;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.tillid.platform.Networks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The self-hosted visit statistics. A view is kept only of a public page, with the network instead
 * of the address (IPv4 /24, IPv6 /48), the referring site's host instead of its address, and the
 * device and system family instead of the browser's full description.
 */
@Repository
class PageViews {

    /** The pages that are counted; anything else (a staff page, an address with an id) never is. */
    static final Set<String> COUNTED = Set.of("/", "/jobs", "/register", "/register/sent", "/privacy", "/cookies");

    /** One view as the browser reported it, before it is made coarse. */
    record Visit(String path, String referrer, String visitor, String remoteAddress, String userAgent, String ownHost) {
    }

    /** A line of the report: a page and its views and distinct visitors in the period. */
    record PageCount(String path, long views, long visitors) {
    }

    private final JdbcClient jdbc;

    PageViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the view was counted */
    boolean record(Visit visit, Instant at) {
        if (visit.path() == null || !COUNTED.contains(visit.path())) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO page_view (viewed_at, path, referrer_host, visitor, network, device, system)
                        VALUES (:at, :path, :referrer, :visitor, :network, :device, :system)""")
                .param("at", Timestamp.from(at))
                .param("path", visit.path())
                .param("referrer", referrerHost(visit.referrer(), visit.ownHost()))
                .param("visitor", visit.visitor())
                .param("network", Networks.of(visit.remoteAddress()))
                .param("device", device(visit.userAgent()))
                .param("system", system(visit.userAgent()))
                .update();
        return true;
    }

    List<PageCount> since(Instant fromInstant) {
        return jdbc.sql("""
                        SELECT path, count(*) AS views, count(DISTINCT visitor) AS visitors FROM page_view
                        WHERE viewed_at >= :from GROUP BY path ORDER BY views DESC, path""")
                .param("from", Timestamp.from(fromInstant))
                .query((row, n) -> new PageCount(row.getString("path"), row.getLong("views"), row.getLong("visitors")))
                .list();
    }

    long viewsSince(String visitor, Instant since) {
        return jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor AND viewed_at >= :since")
                .param("visitor", visitor).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** A visitor withdrew their yes to statistics: what was counted of them goes too. */
    int forget(String visitor) {
        return jdbc.sql("DELETE FROM page_view WHERE visitor = :visitor").param("visitor", visitor).update();
    }

    int deleteViewedBefore(Instant limit) {
        return jdbc.sql("DELETE FROM page_view WHERE viewed_at < :limit").param("limit", Timestamp.from(limit)).update();
    }

    static String referrerHost(String referrer, String ownHost) {
        if (referrer == null || referrer.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(referrer.strip()).getHost();
            if (host == null || host.equalsIgnoreCase(ownHost) || !host.matches("(?i)[a-z0-9][a-z0-9.-]{0,252}")) {
                return null;
            }
            return host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    static String device(String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        if (agent.contains("iPad") || agent.contains("Tablet")) {
            return "TABLET";
        }
        return agent.contains("Mobi") ? "MOBILE" : "DESKTOP";
    }

    static String system(String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        if (agent.contains("Android")) {
            return "Android";
        }
        if (agent.contains("iPhone") || agent.contains("iPad")) {
            return "iOS";
        }
        if (agent.contains("Windows")) {
            return "Windows";
        }
        if (agent.contains("Mac OS X")) {
            return "macOS";
        }
        if (agent.contains("CrOS")) {
            return "ChromeOS";
        }
        return agent.contains("Linux") ? "Linux" : "Other";
    }
}
