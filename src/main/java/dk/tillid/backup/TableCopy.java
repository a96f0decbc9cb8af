package dk.tillid.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Tables in and out of PostgreSQL with COPY, in its text format, what pg_dump writes for data: the
 * same code for the embedded and an external database, with no client tools. Columns are named
 * (generated ones left out); a table goes in with its own triggers off, so that it holds exactly
 * what was dumped, and tables are loaded parents first, so that foreign keys hold all along.
 */
final class TableCopy {

    /**
     * Never in a data backup: the migration history (a restore recreates it), the data keys (apart),
     * and what lives minutes or hours: sign-in sessions (a copy of someone's authentication has no
     * place in a backup) and the failed-login counts.
     */
    static final Set<String> NOT_DATA = Set.of("flyway_schema_history", KeyBackups.KEYS_TABLE, "spring_session",
            "spring_session_attributes", "login_failure");

    private TableCopy() {
    }

    /** The schema's tables (partitions under their parent) with their columns, by name. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("""
                SELECT c.relname, a.attname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                ORDER BY c.relname, a.attnum""")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tables;
    }

    /** Writes the table to a gzip file; the checksums are of the file and of the COPY text. */
    static Manifest.TableFile dump(Connection connection, String table, List<String> columns, Path directory)
            throws SQLException, IOException {
        MessageDigest content = sha256();
        MessageDigest file = sha256();
        long rows;
        try (OutputStream out = new DigestOutputStream(new GZIPOutputStream(new DigestOutputStream(
                Files.newOutputStream(directory.resolve(table + ".copy.gz")), file), 1 << 16), content)) {
            rows = copy(connection).copyOut("COPY (SELECT " + columnList(columns) + " FROM " + quote(table) + ") TO STDOUT", out);
        }
        return new Manifest.TableFile(table, List.copyOf(columns), rows, hex(file), hex(content));
    }

    /** What the table holds now, as a dump of it would say: rows and content checksum. */
    static Manifest.TableFile measure(Connection connection, String table, List<String> columns) throws SQLException, IOException {
        MessageDigest content = sha256();
        long rows;
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), content)) {
            rows = copy(connection).copyOut("COPY (SELECT " + columnList(columns) + " FROM " + quote(table) + ") TO STDOUT", out);
        }
        return new Manifest.TableFile(table, List.copyOf(columns), rows, null, hex(content));
    }

    /** SHA-256 of a file, hex. */
    static String checksum(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest);
    }

    /**
     * Empties the tables and loads each from its file, in the connection's transaction, with the
     * tables' own triggers off (an append-only guard would refuse the TRUNCATE; a trigger that
     * derives rows would make them twice).
     */
    static void load(Connection connection, List<Manifest.TableFile> tables, Set<String> alsoEmpty, Path directory)
            throws SQLException, IOException {
        List<String> names = new ArrayList<>(tables.stream().map(Manifest.TableFile::name).toList());
        names.addAll(alsoEmpty);
        try (Statement sql = connection.createStatement()) {
            for (String name : names) {
                sql.execute("ALTER TABLE " + quote(name) + " DISABLE TRIGGER USER");
            }
            sql.execute("TRUNCATE " + String.join(", ", names.stream().map(TableCopy::quote).toList()));
            Map<String, Manifest.TableFile> byName = new HashMap<>();
            tables.forEach(table -> byName.put(table.name(), table));
            for (String name : parentsFirst(connection, byName.keySet())) {
                Manifest.TableFile table = byName.get(name);
                try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve(table.fileName())), 1 << 16)) {
                    long rows = copy(connection).copyIn("COPY " + quote(name) + " (" + columnList(table.columns()) + ") FROM STDIN", in);
                    if (rows != table.rows()) {
                        throw new BackupFailure("Table " + name + ": " + rows + " rows loaded, the manifest says " + table.rows());
                    }
                }
            }
            for (String name : names) {
                sql.execute("ALTER TABLE " + quote(name) + " ENABLE TRIGGER USER");
            }
        }
    }

    /** The sequences' current values (null: never used). */
    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1")) {
            while (rows.next()) {
                sequences.put(rows.getString(1), (Long) rows.getObject(2));
            }
        }
        return sequences;
    }

    static void setSequences(Connection connection, Map<String, Long> sequences) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
            for (var sequence : sequences.entrySet()) {
                if (sequence.getValue() != null) {
                    set.setString(1, quote(sequence.getKey()));
                    set.setLong(2, sequence.getValue());
                    set.execute();
                }
            }
        }
    }

    /** Tables in an order in which every table comes after the tables its foreign keys point to. */
    static List<String> parentsFirst(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("""
                SELECT child.relname, parent.relname FROM pg_constraint f
                JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE f.contype = 'f' AND n.nspname = current_schema() AND child.oid <> parent.oid""")) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), name -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables.stream().sorted().toList()) {
            visit(table, tables, parents, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Set<String> tables, Map<String, Set<String>> parents, Set<String> visiting,
                              List<String> ordered) {
        if (ordered.contains(table) || !tables.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new BackupFailure("Foreign keys form a cycle through table " + table + "; it cannot be loaded in order");
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, tables, parents, visiting, ordered);
        }
        visiting.remove(table);
        ordered.add(table);
    }

    private static CopyManager copy(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(TableCopy::quote).toList());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
