package dk.tillid.privacy.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of the sweep's runs: what each did, and whether it failed. */
@Repository
class SweepRuns {

    private final JdbcClient jdbc;

    SweepRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String by, Instant at) {
        return jdbc.sql("INSERT INTO retention_sweep (started_at, started_by, outcome) VALUES (:at, :by, 'RUNNING') RETURNING id")
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    void end(long id, SweepRun.Outcome outcome, SweepRun.Tally tally, Instant at, String failure) {
        jdbc.sql("""
                        UPDATE retention_sweep SET finished_at = :at, outcome = :outcome, erased = :erased,
                          blocked = :blocked, notices = :notices, failure = :failure
                        WHERE id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).param("outcome", outcome.name())
                .param("erased", tally.erased()).param("blocked", tally.blocked()).param("notices", tally.notices())
                .param("failure", failure)
                .update();
    }

    Optional<SweepRun> find(long id) {
        return jdbc.sql("SELECT * FROM retention_sweep WHERE id = :id").param("id", id).query(SweepRuns::run).optional();
    }

    List<SweepRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM retention_sweep ORDER BY id DESC LIMIT :limit")
                .param("limit", limit).query(SweepRuns::run).list();
    }

    /** The newest run that ended as {@code outcome}. */
    Optional<SweepRun> lastEnded(SweepRun.Outcome outcome) {
        return jdbc.sql("SELECT * FROM retention_sweep WHERE outcome = :outcome ORDER BY id DESC LIMIT 1")
                .param("outcome", outcome.name()).query(SweepRuns::run).optional();
    }

    /** The newest run that erased anyone. */
    Optional<SweepRun> lastThatErased() {
        return jdbc.sql("SELECT * FROM retention_sweep WHERE erased > 0 ORDER BY id DESC LIMIT 1")
                .query(SweepRuns::run).optional();
    }

    /** When the first run that completed started: the sweep has been watched since then. */
    Optional<Instant> firstDone() {
        return jdbc.sql("SELECT started_at FROM retention_sweep WHERE outcome = 'DONE' ORDER BY id LIMIT 1")
                .query((row, n) -> row.getTimestamp(1).toInstant()).optional();
    }

    private static SweepRun run(ResultSet row, int n) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new SweepRun(row.getLong("id"), row.getTimestamp("started_at").toInstant(), row.getString("started_by"),
                finished == null ? null : finished.toInstant(), SweepRun.Outcome.valueOf(row.getString("outcome")),
                new SweepRun.Tally(row.getInt("erased"), row.getInt("blocked"), row.getInt("notices")),
                row.getString("failure"));
    }
}
