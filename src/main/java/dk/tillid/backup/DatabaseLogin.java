package dk.tillid.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach one PostgreSQL database as a given user, over plain JDBC: the backup and restore work
 * on their own connections (COPY, a session lock, a scratch database), not on the application's pool.
 */
record DatabaseLogin(String url, String user, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]*)(\\?.*)?");

    DatabaseLogin {
        if (url == null || !URL.matcher(url).matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database name");
        }
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // Keep values (a row COPY stumbled on) out of exception messages, and thus out of logs and pages.
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("ApplicationName", "tillid-backup");
        return DriverManager.getConnection(url, properties);
    }

    String database() {
        Matcher matcher = URL.matcher(url);
        matcher.matches();
        return matcher.group(2);
    }

    /** The same server and user, another database. */
    DatabaseLogin onDatabase(String database) {
        Matcher matcher = URL.matcher(url);
        matcher.matches();
        return new DatabaseLogin(matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3)), user, password);
    }

    @Override
    public String toString() {
        return "DatabaseLogin[" + database() + " as " + user + "]";
    }
}
