package dk.tillid.platform.database;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import dk.tillid.platform.RandomText;
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
    /** The application's role: reads and writes data, owns nothing, cannot alter the audit trail. */
    public static final String APPLICATION_ROLE = "tillid";
    /** Owns the schema and runs the migrations; the application never connects as it. */
    public static final String OWNER_ROLE = "tillid_owner";

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
    private final Secrets secrets;
    private final boolean ephemeral;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Secrets secrets, boolean ephemeral) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.secrets = secrets;
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
        Path initialPassword = null;
        try {
            Files.createDirectories(binaries);
            Files.createDirectories(data.getParent());
            // zonky unpacks into, and cleans, this directory; it must be set before the builder exists.
            System.setProperty("ot.epg.working-dir", binaries.toString());
            StalePostmaster.stopIfOrphaned(data, Duration.ofSeconds(30));
            Secrets secrets = Secrets.loadOrCreate(secretsFile(data));
            // zonky runs initdb with "-A trust"; these later options win, so the cluster never
            // exists without a password, not even for the seconds of the first start.
            initialPassword = Secrets.privateFile(data.resolveSibling(data.getFileName() + ".initdb"),
                    secrets.of(SUPERUSER));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(ephemeral)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", initialPassword.toString())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("synchronous_commit", "on")
                    // The server log must never hold values: no statements, no DETAIL lines.
                    .setServerConfig("log_min_messages", "fatal")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setConnectConfig("password", secrets.of(SUPERUSER))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, data, secrets, ephemeral);
            try {
                server.secure();
            } catch (RuntimeException refused) {
                server.close();
                throw refused;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        } finally {
            deleteQuietly(initialPassword);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
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

    /**
     * Idempotent: passwords, the owner and application roles, the database, and the access rules.
     * Refuses a cluster in which anyone else can log in: that is not a database Tillid made.
     */
    private void secure() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            var strangers = sql.executeQuery("SELECT string_agg(rolname, ', ') FROM pg_roles WHERE (rolcanlogin OR rolsuper)"
                    + " AND rolname NOT IN ('" + SUPERUSER + "', '" + OWNER_ROLE + "', '" + APPLICATION_ROLE + "')");
            strangers.next();
            if (strangers.getString(1) != null) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                        + " has roles that Tillid did not create and that can log in (" + strangers.getString(1)
                        + "). Tillid will not use it; inspect it, or move it away and start with a new directory.");
            }
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + secrets.of(SUPERUSER) + "'");
            for (String role : new String[] {OWNER_ROLE, APPLICATION_ROLE}) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
                // The owner may create databases: each backup is proved by a restore into a scratch
                // database (backup module). The application role may not.
                String createDatabases = OWNER_ROLE.equals(role) ? " CREATEDB" : " NOCREATEDB";
                sql.execute("ALTER ROLE " + role + " NOSUPERUSER NOCREATEROLE" + createDatabases + " PASSWORD '" + secrets.of(role) + "'");
            }
            var owner = sql.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!owner.next()) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8'");
                log.info("Created the Tillid database in {}", dataDirectory);
            } else if (!OWNER_ROLE.equals(owner.getString(1))) {
                handOverToOwner();
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

    /** A database from before the owner role existed: everything the application role owned moves over. */
    private void handOverToOwner() throws SQLException {
        try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER_ROLE);
            sql.execute("REASSIGN OWNED BY " + APPLICATION_ROLE + " TO " + OWNER_ROLE);
            log.info("The Tillid database and its tables now belong to {}", OWNER_ROLE);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return APPLICATION_ROLE;
    }

    public String password() {
        return secrets.of(APPLICATION_ROLE);
    }

    public String ownerUsername() {
        return OWNER_ROLE;
    }

    public String ownerPassword() {
        return secrets.of(OWNER_ROLE);
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

    /**
     * Generated once per data directory (a role added later gets its password then), written
     * atomically to a file only its owner can read, and checked on every read: only 32 letters and
     * digits ever reach an SQL statement.
     */
    static final class Secrets {

        private static final List<String> ROLES = List.of(SUPERUSER, OWNER_ROLE, APPLICATION_ROLE);
        private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9]{32}");
        private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

        private final Map<String, String> passwords;

        private Secrets(Map<String, String> passwords) {
            this.passwords = Map.copyOf(passwords);
        }

        String of(String role) {
            return passwords.get(role);
        }

        static Secrets loadOrCreate(Path file) throws IOException {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    log.warn("{} could be read by others; it is now readable by its owner only", file);
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                if (properties.isEmpty() || !properties.containsKey(SUPERUSER)) {
                    throw damaged();
                }
            }
            boolean added = false;
            for (String role : ROLES) {
                if (!properties.containsKey(role)) {
                    properties.setProperty(role, RandomText.alphanumeric(32));
                    added = true;
                }
            }
            Map<String, String> passwords = new HashMap<>();
            for (String role : ROLES) {
                String password = properties.getProperty(role);
                if (!WELL_FORMED.matcher(password).matches()) {
                    throw damaged();
                }
                passwords.put(role, password);
            }
            if (added) {
                StringWriter text = new StringWriter();
                properties.store(text, "Passwords of the embedded PostgreSQL. Keep with the data directory.");
                Path draft = privateFile(file.resolveSibling(file.getFileName() + ".new"), text.toString());
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Secrets(passwords);
        }

        private static IllegalStateException damaged() {
            return new IllegalStateException("The database password file is damaged; restore it from backup");
        }

        /** Writes a file that only its owner can read, replacing any earlier one. */
        static Path privateFile(Path file, String content) throws IOException {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, content);
            return file;
        }

        @Override
        public String toString() {
            return "Secrets[hidden]";
        }
    }
}
