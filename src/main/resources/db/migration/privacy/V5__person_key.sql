-- One data key per person, wrapped by the master key (which never enters the database). A destroyed
-- key leaves its row, without the key, so that erased data reads as "erased".
CREATE TABLE person_key (
    subject_id    uuid        PRIMARY KEY,
    wrapped_key   bytea,
    master_key_id integer,
    created_at    timestamptz NOT NULL,
    destroyed_at  timestamptz,
    CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

COMMENT ON TABLE person_key IS 'Per-person data keys for crypto-shredding';
COMMENT ON COLUMN person_key.subject_id IS 'technical: whose key, as a random id';
COMMENT ON COLUMN person_key.wrapped_key IS 'technical: the data key, encrypted with the master key';
COMMENT ON COLUMN person_key.master_key_id IS 'technical: which master key wrapped it (rotation)';
COMMENT ON COLUMN person_key.created_at IS 'technical';
COMMENT ON COLUMN person_key.destroyed_at IS 'technical: when the data became unreadable';
