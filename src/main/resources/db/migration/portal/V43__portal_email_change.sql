-- A person's request, from their page, to change their e-mail address: it waits here until the
-- one-time link mailed to the new address is used (once, within 24 hours), then goes. The new
-- address is encrypted with the person's key; the token (256 random bits) is kept only as a hash.
CREATE TABLE portal_email_change (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash  bytea       NOT NULL UNIQUE,
    person_id   uuid        NOT NULL REFERENCES person (id),
    new_email   bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX portal_email_change_person ON portal_email_change (person_id);
CREATE INDEX portal_email_change_expires ON portal_email_change (expires_at);
COMMENT ON COLUMN portal_email_change.id IS 'technical';
COMMENT ON COLUMN portal_email_change.token_hash IS 'technical: SHA-256 of the token in the link';
COMMENT ON COLUMN portal_email_change.person_id IS 'P-DATA-REL: whose address is to change';
COMMENT ON COLUMN portal_email_change.new_email IS 'P-DATA-1: the new address, encrypted with the person''s key, until it is confirmed';
COMMENT ON COLUMN portal_email_change.created_at IS 'P-DATA-REL: when the person asked';
COMMENT ON COLUMN portal_email_change.expires_at IS 'technical';
