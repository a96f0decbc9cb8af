package dk.tillid.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server, writes a
 * row, says READY, and waits to be killed with {@code kill -9} like a crashed application.
 */
public final class OrphanedServerFixture {

    private OrphanedServerFixture() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), Path.of(args[1]), 0);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.ownerUsername(), server.ownerPassword());
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE survivor (note text)");
            sql.execute("INSERT INTO survivor VALUES ('written before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
