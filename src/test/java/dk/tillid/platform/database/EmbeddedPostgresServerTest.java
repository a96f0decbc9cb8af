package dk.tillid.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default database: real PostgreSQL, surviving restarts and crashes of the application. */
class EmbeddedPostgresServerTest {

    static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "tillid-test", "binaries");

    @TempDir
    Path home;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            executeAsOwner(server, "CREATE TABLE note (text text)", "INSERT INTO note VALUES ('Ærlig snak på Østerbro')");
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            executeAsOwner(again, "GRANT SELECT ON note TO tillid");
            assertThat(query(again, "SELECT text FROM note")).isEqualTo("Ærlig snak på Østerbro");
            assertThat(query(again, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                    .as("the application does not connect as superuser").isEqualTo("false");
            assertThat(query(again, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                    .as("the application does not own its database").isEqualTo("tillid_owner");
        }
    }

    @Test
    void onlyThePasswordInTheOwnersFileOpensTheDatabase() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            Path secrets = EmbeddedPostgresServer.secretsFile(data);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guess"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aServerOrphanedByAKilledApplicationIsStoppedAndTheDataIsKept() throws Exception {
        Path data = home.resolve("postgres-data");
        Process application = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                OrphanedServerFixture.class.getName(), data.toString(), BINARIES.toString())
                .redirectErrorStream(true).start();
        awaitReady(application);

        application.destroyForcibly();
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("kill -9 of the application leaves its PostgreSQL running").contains(true);

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphan was stopped").isFalse();
            executeAsOwner(restarted, "GRANT SELECT ON survivor TO tillid");
            assertThat(query(restarted, "SELECT note FROM survivor")).isEqualTo("written before the crash");
        }
    }

    @Test
    void aDirectoryInUseByALiveApplicationIsLeftAlone() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            assertThatThrownBy(() -> StalePostmaster.stopIfOrphaned(data, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Tillid");
            assertThat(query(server, "SELECT 'still serving'")).isEqualTo("still serving");
        }
    }

    @Test
    void aClusterWithARoleTillidDidNotCreateIsRefused() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            var secrets = EmbeddedPostgresServer.Secrets.loadOrCreate(EmbeddedPostgresServer.secretsFile(data));
            try (Connection superuser = DriverManager.getConnection(server.jdbcUrl(), "postgres", secrets.of("postgres"));
                 Statement sql = superuser.createStatement()) {
                sql.execute("CREATE ROLE intruder LOGIN SUPERUSER PASSWORD 'x'");
            }
        }

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, BINARIES, 0))
                .hasMessageContaining("has roles that Tillid did not create and that can log in (intruder)");
    }

    @Test
    void theFirstStartLeavesNoPasswordFileForInitdbBehind() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            assertThat(data.resolveSibling("postgres-data.initdb")).doesNotExist();
            assertThat(Files.readString(data.resolve("postgresql.auto.conf"))).doesNotContain("trust");
        }
    }

    @Test
    void theApplicationRoleCannotCreateTables() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(home.resolve("postgres-data"), BINARIES, 0);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("CREATE TABLE sneaky (x int)")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aDamagedPasswordFileIsReportedNotUsed() throws Exception {
        Path data = home.resolve("postgres-data");
        Files.writeString(EmbeddedPostgresServer.secretsFile(data), "postgres=\ntillid=null\n");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, BINARIES, 0))
                .hasMessageContaining("The database password file is damaged");
    }

    @Test
    void aPasswordFileOthersCouldReadIsClosedAgain() throws Exception {
        Path data = home.resolve("postgres-data");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            // started once to create it
        }
        Path secrets = EmbeddedPostgresServer.secretsFile(data);
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, BINARIES, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        }
    }

    @Test
    void aLiveProcessThatIsNotOurPostmasterIsNeverStopped() throws Exception {
        Path data = home.resolve("postgres-data");
        Files.createDirectories(data);
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            long started = stranger.info().startInstant().orElseThrow().getEpochSecond();
            Files.writeString(data.resolve("postmaster.pid"), stranger.pid() + "\n" + data + "\n" + started + "\n5432\n");

            assertThat(StalePostmaster.stopIfOrphaned(data, Duration.ofSeconds(5))).isEmpty();
            assertThat(stranger.isAlive()).isTrue();
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void theDataDirectoryMayNotLieInsideTheBinariesDirectory() {
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(BINARIES.resolve("data"), BINARIES, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain one another");
    }

    @Test
    void anEphemeralServerLeavesNothingBehind() throws Exception {
        Path data = home.resolve("ephemeral");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, BINARIES, 0, true)) {
            assertThat(query(server, "SELECT 1::text")).isEqualTo("1");
        }
        assertThat(data).doesNotExist();
        assertThat(EmbeddedPostgresServer.secretsFile(data)).doesNotExist();
    }

    private static void awaitReady(Process application) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals("READY")) {
                return;
            }
        }
        application.destroyForcibly();
        throw new AssertionError("The fixture application never became ready:\n" + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void executeAsOwner(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.ownerUsername(), server.ownerPassword());
             Statement sql = connection.createStatement()) {
            for (String statement : List.of(statements)) {
                sql.execute(statement);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String select) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(select)) {
            row.next();
            return row.getString(1);
        }
    }
}
