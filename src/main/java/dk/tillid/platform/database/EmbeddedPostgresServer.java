package dk.tillid.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries in a Maven artifact, on a data directory that
 * survives restarts. Access needs a password (kept in a file beside the data directory, readable
 * by the owner only); the application connects as an ordinary role, never as the superuser.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "tillid";
    public static final String APPLICATION_ROLE = "tillid";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String HBA = """
            # Written by Tillid at every start: password authentication, loopback only.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String applicationPassword;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String applicationPassword,
                                   boolean ephemeral) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.applicationPassword = applicationPassword;
        this.ephemeral = ephemeral;
    }

    /** Starts on a directory that survives restarts. */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path binariesDirectory, int port) {
        return start(dataDirectory, binariesDirectory, port, false);
    }

    /**
     * Starts the server; an {@code ephemeral} one begins empty and deletes its directory on close.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path binariesDirectory, int port, boolean ephemeral) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path binaries = binariesDirectory.toAbsolutePath().normalize();
        requireSeparate(data, binaries);
        try {
            Files.createDirectories(binaries);
            Files.createDirectories(data.getParent());
            // zonky unpacks into, and cleans, this directory; it must be set before the builder exists.
            System.setProperty("ot.epg.working-dir", binaries.toString());
            StalePostmaster.stopIfOrphaned(data, Duration.ofSeconds(30));
            Secrets secrets = Secrets.loadOrCreate(secretsFile(data));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(ephemeral)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("synchronous_commit", "on")
                    // The server log must never hold values: no statements, no DETAIL lines.
                    .setServerConfig("log_min_messages", "fatal")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setConnectConfig("password", secrets.superuserPassword())
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, data, secrets.applicationPassword(),
                    ephemeral);
            server.secure(secrets);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /** zonky deletes unlocked child directories of its working directory; ours must never be one. */
    private static void requireSeparate(Path data, Path binaries) {
        if (data.startsWith(binaries) || binaries.startsWith(data)) {
            throw new IllegalArgumentException("The embedded database's data directory (" + data
                    + ") and binaries directory (" + binaries + ") must not contain one another.");
        }
    }

    static Path secretsFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".secret");
    }

    /** Idempotent: passwords, the application role, its database, and the access rules. */
    private void secure(Secrets secrets) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + secrets.superuserPassword() + "'");
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE
                    + "') THEN CREATE ROLE " + APPLICATION_ROLE + " LOGIN; END IF; END $$");
            sql.execute("ALTER ROLE " + APPLICATION_ROLE + " PASSWORD '" + secrets.applicationPassword() + "'");
            var existing = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!existing.next()) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + APPLICATION_ROLE + " ENCODING 'UTF8'");
                log.info("Created the Tillid database in {}", dataDirectory);
            }
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, HBA);
                sql.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL in " + dataDirectory
                    + ". If the file " + secretsFile(dataDirectory) + " was lost, restore it from backup.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return APPLICATION_ROLE;
    }

    public String password() {
        return applicationPassword;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            if (ephemeral) {
                Files.deleteIfExists(secretsFile(dataDirectory));
            }
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Generated once per data directory; the file is readable by its owner only. */
    record Secrets(String superuserPassword, String applicationPassword) {

        private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        static Secrets loadOrCreate(Path file) throws IOException {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                return new Secrets(properties.getProperty(SUPERUSER), properties.getProperty(APPLICATION_ROLE));
            }
            Secrets secrets = new Secrets(random(32), random(32));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            properties.putAll(Map.of(SUPERUSER, secrets.superuserPassword, APPLICATION_ROLE, secrets.applicationPassword));
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "Passwords of the embedded PostgreSQL. Keep with the data directory.");
            }
            return secrets;
        }

        private static String random(int length) {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return password.toString();
        }
    }
}
