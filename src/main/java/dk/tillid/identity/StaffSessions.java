package dk.tillid.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a staff account at once, on every instance: the sessions live in the
 * database (Spring Session JDBC), indexed by the signed-in user name. A request of that session
 * already running finishes; its next one is anonymous (Spring Session updates, never re-inserts,
 * a session that is gone).
 */
@Component
class StaffSessions {

    private final JdbcClient jdbc;

    StaffSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many sessions were ended */
    int endAllOf(String username) {
        // The attributes go with their session (ON DELETE CASCADE).
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
                .param("username", StaffAccount.normalise(username))
                .update();
    }

    /** Ends every session of the account but the ones named (this browser's, under its old and new id). */
    int endOthersOf(String username, java.util.Collection<String> keep) {
        return jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username AND NOT (session_id = ANY(:keep))")
                .param("username", StaffAccount.normalise(username))
                .param("keep", keep.toArray(String[]::new))
                .update();
    }

    int countOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :username")
                .param("username", StaffAccount.normalise(username))
                .query(Integer.class).single();
    }
}
