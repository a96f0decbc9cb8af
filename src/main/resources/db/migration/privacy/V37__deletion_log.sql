-- What was erased, when and under which rule, with no personal data: the id is a random surrogate
-- that no longer leads anywhere once the person is gone. A restore replays this log (issue T6) so
-- that a person erased after the backup was taken stays erased.
CREATE TABLE deletion_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id     uuid        NOT NULL,
    deleted        text[]      NOT NULL,
    kept           text[]      NOT NULL,
    rule           text        NOT NULL CHECK (length(rule) <= 100),
    key_destroyed  boolean     NOT NULL,
    erased_at      timestamptz NOT NULL
);
CREATE INDEX deletion_log_subject ON deletion_log (subject_id);

COMMENT ON TABLE deletion_log IS 'Erasures, without personal data (REQUIREMENTS 7)';
COMMENT ON COLUMN deletion_log.id IS 'technical';
COMMENT ON COLUMN deletion_log.subject_id IS 'technical: pseudonymous id of the erased person, to replay the erasure after a restore';
COMMENT ON COLUMN deletion_log.deleted IS 'technical: the policy categories deleted';
COMMENT ON COLUMN deletion_log.kept IS 'technical: the policy categories kept, each with its rule';
COMMENT ON COLUMN deletion_log.rule IS 'technical: why: a retention rule or the erasure right (P-RIGHT-3)';
COMMENT ON COLUMN deletion_log.key_destroyed IS 'technical: whether the person''s data key was destroyed';
COMMENT ON COLUMN deletion_log.erased_at IS 'technical: UTC time of the erasure';

-- Append-only for the application: an erasure cannot be un-logged, so a restore always replays it.
REVOKE UPDATE, DELETE, TRUNCATE ON deletion_log FROM "${approle}";
