-- Every backup, scheduled or asked for, with its outcome and whether a restore into a scratch
-- database proved it good. No personal data: names are times, problems are technical.
CREATE TABLE backup_run (
    id            uuid        PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) <= 100),
    trigger       text        NOT NULL CHECK (trigger IN ('SCHEDULE', 'COMMAND', 'ADMIN')),
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    outcome       text        NOT NULL CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    verification  text        NOT NULL CHECK (verification IN ('PENDING', 'VERIFIED', 'FAILED', 'NOT_VERIFIED')),
    size_bytes    bigint,
    table_count   integer,
    row_count     bigint,
    problem       text        CHECK (length(problem) <= 500)
);
CREATE INDEX backup_run_started ON backup_run (started_at DESC);

COMMENT ON TABLE backup_run IS 'Backups taken and their verification (issue T6)';
COMMENT ON COLUMN backup_run.id IS 'technical';
COMMENT ON COLUMN backup_run.name IS 'technical: the backup directory, named by its UTC time';
COMMENT ON COLUMN backup_run.trigger IS 'technical: the schedule, the --backup command or an administrator';
COMMENT ON COLUMN backup_run.started_at IS 'technical';
COMMENT ON COLUMN backup_run.finished_at IS 'technical';
COMMENT ON COLUMN backup_run.outcome IS 'technical';
COMMENT ON COLUMN backup_run.verification IS 'technical: outcome of the restore into a scratch database';
COMMENT ON COLUMN backup_run.size_bytes IS 'technical';
COMMENT ON COLUMN backup_run.table_count IS 'technical';
COMMENT ON COLUMN backup_run.row_count IS 'technical';
COMMENT ON COLUMN backup_run.problem IS 'technical: what went wrong, in words that hold no data';
