-- The audit trail: who did what with whose personal data, for which purpose, when. Ids and
-- category names only, never the values. Changes are recorded in audit_pending inside their own
-- transaction; reads are buffered in the application. The sealer moves both, in the order they
-- became visible, into audit_block: consecutive entries per block, each block hash-chained to the
-- one before, so that the application writes one row per batch instead of one per read.
CREATE TABLE audit_pending (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_kind  text        NOT NULL CHECK (actor_kind IN ('STAFF', 'PERSON', 'SYSTEM')),
    actor_id    text        NOT NULL,
    subject_id  uuid,
    categories  text[]      NOT NULL,
    purpose     text        NOT NULL,
    action      text        NOT NULL,
    detail      text
);

CREATE TABLE audit_block (
    first_position bigint      PRIMARY KEY,
    last_position  bigint      NOT NULL CHECK (last_position >= first_position),
    sealed_at      timestamptz NOT NULL,
    subjects       uuid[]      NOT NULL,
    actors         text[]      NOT NULL,
    entries        bytea       NOT NULL,
    previous_hash  bytea       NOT NULL,
    hash           bytea       NOT NULL
);

-- Blocks are written far more often than read; PostgreSQL's own compression (pglz) costs more CPU
-- than the disk it saves is worth here.
ALTER TABLE audit_block ALTER COLUMN entries SET STORAGE EXTERNAL;

CREATE INDEX audit_block_subjects ON audit_block USING gin (subjects) WITH (gin_pending_list_limit = 16384);
CREATE INDEX audit_block_actors ON audit_block USING gin (actors);

-- The chain's own random id: its genesis hash derives from it (see AuditChain.genesis).
CREATE TABLE audit_chain (
    chain_id uuid PRIMARY KEY
);
INSERT INTO audit_chain VALUES (gen_random_uuid());
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain FROM "${approle}";

-- A block is accepted only as the next link of the chain: right after the last block, linked to
-- its hash. No block can be slipped in between, over or beside others, not even by the application.
CREATE FUNCTION audit_block_continues_the_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head audit_block%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_block ORDER BY first_position DESC LIMIT 1;
    IF head IS NULL THEN
        IF NEW.first_position <> 1 THEN
            RAISE EXCEPTION 'The first audit block must start at position 1';
        END IF;
    ELSIF NEW.first_position <> head.last_position + 1 OR NEW.previous_hash <> head.hash THEN
        RAISE EXCEPTION 'An audit block must continue the chain after position %', head.last_position;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_block_continuity BEFORE INSERT ON audit_block
    FOR EACH ROW EXECUTE FUNCTION audit_block_continues_the_chain();

-- Append-only: the application may add and read, never change or remove. The trigger holds even
-- where owner and application are one role.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_block FROM "${approle}";
REVOKE UPDATE, TRUNCATE ON audit_pending FROM "${approle}";

CREATE FUNCTION audit_block_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER audit_block_append_only_rows BEFORE UPDATE OR DELETE ON audit_block
    FOR EACH ROW EXECUTE FUNCTION audit_block_is_append_only();
CREATE TRIGGER audit_block_append_only_table BEFORE TRUNCATE ON audit_block
    FOR EACH STATEMENT EXECUTE FUNCTION audit_block_is_append_only();

COMMENT ON TABLE audit_block IS 'The sealed, hash-chained audit trail';
COMMENT ON COLUMN audit_chain.chain_id IS 'technical: the chain''s random id';
COMMENT ON COLUMN audit_pending.id IS 'technical: arrival order';
COMMENT ON COLUMN audit_pending.occurred_at IS 'P-STAFF-1: the log of actions in the system';
COMMENT ON COLUMN audit_pending.actor_kind IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.actor_id IS 'P-STAFF-1: staff account id, person id or system part';
COMMENT ON COLUMN audit_pending.subject_id IS 'technical: whose data, as a random id';
COMMENT ON COLUMN audit_pending.categories IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.purpose IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.action IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.detail IS 'P-STAFF-1: why an access was refused; never values';
COMMENT ON COLUMN audit_block.first_position IS 'technical: place of the first entry in the chain';
COMMENT ON COLUMN audit_block.last_position IS 'technical';
COMMENT ON COLUMN audit_block.sealed_at IS 'technical';
COMMENT ON COLUMN audit_block.subjects IS 'technical: whose data the entries concern, as random ids (index)';
COMMENT ON COLUMN audit_block.actors IS 'P-STAFF-1: who acted (index)';
COMMENT ON COLUMN audit_block.entries IS 'P-STAFF-1: the log of actions in the system, one entry per line';
COMMENT ON COLUMN audit_block.previous_hash IS 'technical: the chain';
COMMENT ON COLUMN audit_block.hash IS 'technical: the chain';
