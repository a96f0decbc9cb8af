-- The JSON API cannot ask for a TOTP code, so it does not take the login password: an account with a
-- second factor may have a separate, long random API password, made after password and code (T7).
CREATE TABLE staff_api_password (
    account_id     uuid        PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    password_hash  text        NOT NULL,
    created_at     timestamptz NOT NULL
);

COMMENT ON TABLE staff_api_password IS 'The API password of a staff account (HTTP Basic on /api/**)';
COMMENT ON COLUMN staff_api_password.account_id IS 'technical: the staff account';
COMMENT ON COLUMN staff_api_password.password_hash IS 'P-STAFF-1: Argon2id hash of a 32-character random password, never the password';
COMMENT ON COLUMN staff_api_password.created_at IS 'P-STAFF-1: when it was made; a new one replaces it';
