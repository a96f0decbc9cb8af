-- The agency's own staff who sign in to Tillid (S-STAFF, P-STAFF-1).
CREATE TABLE staff_account (
    id                   uuid        PRIMARY KEY,
    username             text        NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name         text        NOT NULL,
    password_hash        text        NOT NULL,
    roles                text[]      NOT NULL,
    must_change_password boolean     NOT NULL,
    enabled              boolean     NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL,
    password_set_at      timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0
);

COMMENT ON TABLE staff_account IS 'Staff user accounts';
COMMENT ON COLUMN staff_account.id IS 'technical: random surrogate key';
COMMENT ON COLUMN staff_account.username IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.display_name IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.password_hash IS 'P-STAFF-1: Argon2id hash, never the password';
COMMENT ON COLUMN staff_account.roles IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.must_change_password IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.enabled IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.created_at IS 'P-STAFF-1';
COMMENT ON COLUMN staff_account.password_set_at IS 'P-STAFF-1: a one-time password expires 24 hours after it';
COMMENT ON COLUMN staff_account.version IS 'technical: optimistic locking';
