package dk.tillid.backup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every backup and its verification (table backup_run): for the page and the health. */
@Repository
class BackupRuns {

    enum Trigger { SCHEDULE, COMMAND, ADMIN }

    enum Outcome { RUNNING, SUCCEEDED, FAILED }

    enum Verification { PENDING, VERIFIED, FAILED, NOT_VERIFIED }

    record Run(UUID id, String name, Trigger trigger, Instant startedAt, Instant finishedAt, Outcome outcome,
               Verification verification, Long sizeBytes, Integer tables, Long rows, String problem) {

        /** A backup that can be trusted: taken, and proved by a restore. */
        boolean good() {
            return outcome == Outcome.SUCCEEDED && verification == Verification.VERIFIED;
        }
    }

    private final JdbcClient jdbc;

    BackupRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID started(String name, Trigger trigger, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO backup_run (id, name, trigger, started_at, outcome, verification)
                        VALUES (:id, :name, :trigger, :at, 'RUNNING', 'PENDING')""")
                .param("id", id).param("name", name).param("trigger", trigger.name()).param("at", Timestamp.from(at))
                .update();
        return id;
    }

    void taken(UUID id, long sizeBytes, int tables, long rows, Instant at) {
        jdbc.sql("""
                        UPDATE backup_run SET outcome = 'SUCCEEDED', size_bytes = :size, table_count = :tables,
                          row_count = :rows, finished_at = :at WHERE id = :id""")
                .param("size", sizeBytes).param("tables", tables).param("rows", rows).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    void verified(UUID id, Verification verification, String problem) {
        jdbc.sql("UPDATE backup_run SET verification = :verification, problem = :problem WHERE id = :id")
                .param("verification", verification.name()).param("problem", shorten(problem)).param("id", id).update();
    }

    void failed(UUID id, String problem, Instant at) {
        jdbc.sql("""
                        UPDATE backup_run SET outcome = 'FAILED', verification = 'NOT_VERIFIED', problem = :problem,
                          finished_at = :at WHERE id = :id""")
                .param("problem", shorten(problem)).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** The name of the newest backup whose scratch restore proved it good. */
    Optional<String> newestVerified() {
        return jdbc.sql("SELECT name FROM backup_run WHERE verification = 'VERIFIED' ORDER BY started_at DESC LIMIT 1")
                .query(String.class).optional();
    }

    List<Run> latest(int limit) {
        return jdbc.sql("SELECT * FROM backup_run ORDER BY started_at DESC LIMIT :limit").param("limit", limit)
                .query(BackupRuns::run).list();
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql("SELECT * FROM backup_run WHERE id = :id").param("id", id).query(BackupRuns::run).optional();
    }

    private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getString("name"),
                Trigger.valueOf(rs.getString("trigger")), rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
                Outcome.valueOf(rs.getString("outcome")), Verification.valueOf(rs.getString("verification")),
                (Long) rs.getObject("size_bytes"), (Integer) rs.getObject("table_count"),
                (Long) rs.getObject("row_count"), rs.getString("problem"));
    }

    private static String shorten(String problem) {
        return problem == null || problem.length() <= 500 ? problem : problem.substring(0, 497) + "...";
    }
}
