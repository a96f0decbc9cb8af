package dk.tillid.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.DeletionLog;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a restore: every erasure the journal or the key backup knows and the restored deletion log
 * lacks is carried out again through the personal-data SPI (the same categories kept, the key
 * destroyed if it was), and its entry goes back into the log with its own id and time. Each entry
 * in its own transaction, with its log row: a replay that stops can be run again.
 */
@Component
class DeletionReplay {

    private final PersonalData personalData;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DeletionReplay(PersonalData personalData, JdbcClient jdbc, TransactionTemplate transactions) {
        this.personalData = personalData;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** @return the people erased again */
    Set<SubjectId> replay(DatabaseLogin owner, List<DeletionLog.Entry> journal, List<DeletionLog.Entry> keyBackupLog)
            throws SQLException {
        Map<Long, DeletionLog.Entry> wanted = new TreeMap<>();
        for (DeletionLog.Entry entry : concat(keyBackupLog, journal)) {
            DeletionLog.Entry known = wanted.putIfAbsent(entry.id(), entry);
            if (known != null && !known.subject().equals(entry.subject())) {
                throw new BackupFailure("The deletion journal and the key backup disagree about entry " + entry.id()
                        + ": they are not of the same database");
            }
        }
        Map<Long, UUID> logged = logged(owner);
        Set<SubjectId> erased = new LinkedHashSet<>();
        for (DeletionLog.Entry entry : wanted.values()) {
            UUID present = logged.get(entry.id());
            if (present != null) {
                if (!present.equals(entry.subject().value())) {
                    throw new BackupFailure("Deletion-log entry " + entry.id() + " of the restored database is another"
                            + " erasure than the journal's: the journal is not of this database");
                }
                continue;
            }
            transactions.executeWithoutResult(status -> {
                personalData.replay(entry);
                jdbc.sql("""
                                INSERT INTO deletion_log (id, subject_id, deleted, kept, rule, key_destroyed, erased_at)
                                OVERRIDING SYSTEM VALUE VALUES (:id, :subject, :deleted, :kept, :rule, :keyDestroyed, :at)""")
                        .param("id", entry.id()).param("subject", entry.subject().value())
                        .param("deleted", entry.deleted().toArray(String[]::new))
                        .param("kept", entry.kept().toArray(String[]::new)).param("rule", entry.rule())
                        .param("keyDestroyed", entry.keyDestroyed()).param("at", Timestamp.from(entry.erasedAt()))
                        .update();
            });
            erased.add(entry.subject());
        }
        if (!erased.isEmpty()) {
            try (Connection connection = owner.connect(); Statement sql = connection.createStatement()) {
                // New entries continue after the replayed ones (only the owner may move the sequence).
                sql.execute("SELECT setval(pg_get_serial_sequence('deletion_log', 'id'), (SELECT max(id) FROM deletion_log))");
            }
        }
        return erased;
    }

    private static Map<Long, UUID> logged(DatabaseLogin owner) throws SQLException {
        Map<Long, UUID> logged = new HashMap<>();
        try (Connection connection = owner.connect();
             PreparedStatement sql = connection.prepareStatement("SELECT id, subject_id FROM deletion_log");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                logged.put(rows.getLong(1), rows.getObject(2, UUID.class));
            }
        }
        return logged;
    }

    private static List<DeletionLog.Entry> concat(List<DeletionLog.Entry> first, List<DeletionLog.Entry> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
