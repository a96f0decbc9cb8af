-- The audit trail: who did what with whose personal data, for which purpose, when. Ids and
-- category names only, never the values. Entries wait in audit_pending until the sealer moves them,
-- in the order they became visible, into the hash-chained audit_event.
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

CREATE TABLE audit_event (
    position      bigint      PRIMARY KEY,
    occurred_at   timestamptz NOT NULL,
    actor_kind    text        NOT NULL CHECK (actor_kind IN ('STAFF', 'PERSON', 'SYSTEM')),
    actor_id      text        NOT NULL,
    subject_id    uuid,
    categories    text[]      NOT NULL,
    purpose       text        NOT NULL,
    action        text        NOT NULL,
    detail        text,
    previous_hash bytea       NOT NULL,
    hash          bytea       NOT NULL
);

CREATE INDEX audit_event_subject ON audit_event (subject_id, position);
CREATE INDEX audit_event_actor ON audit_event (actor_id, position);

-- Append-only: the application may add and read, never change or remove. The trigger holds even
-- where owner and application are one role.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM "${approle}";
REVOKE UPDATE, TRUNCATE ON audit_pending FROM "${approle}";

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER audit_event_append_only_rows BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_append_only_table BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

COMMENT ON TABLE audit_event IS 'The sealed, hash-chained audit trail';
COMMENT ON COLUMN audit_pending.id IS 'technical: arrival order';
COMMENT ON COLUMN audit_pending.occurred_at IS 'P-STAFF-1: the log of actions in the system';
COMMENT ON COLUMN audit_pending.actor_kind IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.actor_id IS 'P-STAFF-1: staff account id, person id or system part';
COMMENT ON COLUMN audit_pending.subject_id IS 'technical: whose data, as a random id';
COMMENT ON COLUMN audit_pending.categories IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.purpose IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.action IS 'P-STAFF-1';
COMMENT ON COLUMN audit_pending.detail IS 'P-STAFF-1: why an access was refused; never values';
COMMENT ON COLUMN audit_event.position IS 'technical: place in the chain';
COMMENT ON COLUMN audit_event.occurred_at IS 'P-STAFF-1: the log of actions in the system';
COMMENT ON COLUMN audit_event.actor_kind IS 'P-STAFF-1';
COMMENT ON COLUMN audit_event.actor_id IS 'P-STAFF-1: staff account id, person id or system part';
COMMENT ON COLUMN audit_event.subject_id IS 'technical: whose data, as a random id';
COMMENT ON COLUMN audit_event.categories IS 'P-STAFF-1';
COMMENT ON COLUMN audit_event.purpose IS 'P-STAFF-1';
COMMENT ON COLUMN audit_event.action IS 'P-STAFF-1';
COMMENT ON COLUMN audit_event.detail IS 'P-STAFF-1: why an access was refused; never values';
COMMENT ON COLUMN audit_event.previous_hash IS 'technical: the chain';
COMMENT ON COLUMN audit_event.hash IS 'technical: the chain';
