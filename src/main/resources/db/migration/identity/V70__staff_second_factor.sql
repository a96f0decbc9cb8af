-- The staff second factor (T7, P-SEC-1): a TOTP secret per account, encrypted with a key of the
-- account wrapped by the master key, and single-use recovery codes kept only as hashes.
CREATE TABLE staff_totp (
    account_id      uuid        PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    secret          bytea,
    enrolled_at     timestamptz,
    last_used_step  bigint      NOT NULL DEFAULT 0,
    pending_secret  bytea,
    pending_since   timestamptz,
    CHECK ((secret IS NULL) = (enrolled_at IS NULL))
);

COMMENT ON TABLE staff_totp IS 'The second factor (TOTP) of a staff account';
COMMENT ON COLUMN staff_totp.account_id IS 'technical: the staff account';
COMMENT ON COLUMN staff_totp.secret IS 'P-STAFF-1: the confirmed TOTP secret, encrypted (AES-256-GCM), never in clear';
COMMENT ON COLUMN staff_totp.enrolled_at IS 'P-STAFF-1: when the second factor was confirmed';
COMMENT ON COLUMN staff_totp.last_used_step IS 'technical: the last 30-second step whose code was accepted, so a code works once';
COMMENT ON COLUMN staff_totp.pending_secret IS 'P-STAFF-1: a secret shown for enrolment but not yet confirmed, encrypted';
COMMENT ON COLUMN staff_totp.pending_since IS 'P-STAFF-1: when the pending secret was made';

CREATE TABLE staff_recovery_code (
    account_id  uuid        NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    code_hash   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    used_at     timestamptz,
    PRIMARY KEY (account_id, code_hash)
);

COMMENT ON TABLE staff_recovery_code IS 'Single-use recovery codes for a lost second factor';
COMMENT ON COLUMN staff_recovery_code.account_id IS 'technical: the staff account';
COMMENT ON COLUMN staff_recovery_code.code_hash IS 'P-STAFF-1: SHA-256 of an 80-bit random code, never the code';
COMMENT ON COLUMN staff_recovery_code.created_at IS 'P-STAFF-1';
COMMENT ON COLUMN staff_recovery_code.used_at IS 'P-STAFF-1: when the code was spent; a spent code opens nothing';
