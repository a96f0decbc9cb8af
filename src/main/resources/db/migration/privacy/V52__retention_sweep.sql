-- Every run of the retention sweep, so that one that failed, or that has deleted nothing for longer
-- than expected, is seen (an alert for ADMIN and DPO, the health indicator) rather than silent.
CREATE TABLE retention_sweep (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at    timestamptz NOT NULL,
    started_by    text        NOT NULL CHECK (length(started_by) <= 200),
    finished_at   timestamptz,
    outcome       text        NOT NULL CHECK (outcome IN ('RUNNING', 'DONE', 'FAILED')),
    erased        integer     NOT NULL DEFAULT 0,
    blocked       integer     NOT NULL DEFAULT 0,
    notices       integer     NOT NULL DEFAULT 0,
    failure       text        CHECK (length(failure) <= 300)
);
CREATE INDEX retention_sweep_started ON retention_sweep (started_at DESC);

COMMENT ON TABLE retention_sweep IS 'Runs of the retention sweep, without personal data';
COMMENT ON COLUMN retention_sweep.id IS 'technical';
COMMENT ON COLUMN retention_sweep.started_at IS 'technical: when the run started (UTC)';
COMMENT ON COLUMN retention_sweep.started_by IS 'technical: the schedule or the staff account that started it';
COMMENT ON COLUMN retention_sweep.finished_at IS 'technical: when it ended';
COMMENT ON COLUMN retention_sweep.outcome IS 'technical: running, done or failed';
COMMENT ON COLUMN retention_sweep.erased IS 'technical: how many people it erased';
COMMENT ON COLUMN retention_sweep.blocked IS 'technical: how many due people it left because of a hold or restriction';
COMMENT ON COLUMN retention_sweep.notices IS 'technical: how many deletion notices it sent';
COMMENT ON COLUMN retention_sweep.failure IS 'technical: the kind of error that stopped it, never a value';

-- The notice a candidate gets before their profile is deleted: one per deletion date, so a person
-- who signs in (which moves the date) gets a new one before the next date, and nobody gets two.
CREATE TABLE retention_notice (
    subject_id  uuid        NOT NULL,
    deletes_on  date        NOT NULL,
    noticed_at  timestamptz NOT NULL,
    PRIMARY KEY (subject_id, deletes_on)
);

COMMENT ON TABLE retention_notice IS 'P-DATA-REL: notices of coming deletion sent to a person';
COMMENT ON COLUMN retention_notice.subject_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN retention_notice.deletes_on IS 'P-DATA-REL: the day the notice said the profile would be deleted';
COMMENT ON COLUMN retention_notice.noticed_at IS 'P-DATA-REL: when the notice was sent';
