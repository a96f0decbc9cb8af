-- One-time sign-in links to the portal: the token (256 random bits) is kept only as a hash, works
-- once, and expires after ten minutes.
CREATE TABLE portal_sign_in (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  bytea       NOT NULL UNIQUE,
    person_id   uuid        NOT NULL REFERENCES person (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX portal_sign_in_person ON portal_sign_in (person_id);
COMMENT ON COLUMN portal_sign_in.id IS 'technical';
COMMENT ON COLUMN portal_sign_in.token_hash IS 'technical: SHA-256 of the token in the link';
COMMENT ON COLUMN portal_sign_in.person_id IS 'P-DATA-REL: who may sign in with it';
COMMENT ON COLUMN portal_sign_in.created_at IS 'P-DATA-REL: when the person asked to sign in';
COMMENT ON COLUMN portal_sign_in.expires_at IS 'technical';
COMMENT ON COLUMN portal_sign_in.used_at IS 'P-DATA-REL: when the person signed in with it';
