-- A registration on the website waits here until its e-mail address is confirmed: no person exists
-- before the owner of the address says so. Everything personal is encrypted with the key of the
-- person-to-be (id), which is destroyed with the row when the link expires unused. Only a hash of
-- the link's token is kept, so a copy of the database cannot confirm anyone.
CREATE TABLE pending_registration (
    id          uuid        PRIMARY KEY,
    token_hash  bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    form        bytea       NOT NULL,
    cv          bytea,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX pending_registration_expires ON pending_registration (expires_at);

-- The website's job advertisements, until job orders (T4) publish their own.
CREATE TABLE job_ad (
    id           uuid        PRIMARY KEY,
    title        text        NOT NULL CHECK (length(title) <= 200),
    location     text        NOT NULL CHECK (length(location) <= 100),
    work_type    text        NOT NULL CHECK (work_type IN ('PERMANENT', 'TEMPORARY')),
    description  text        NOT NULL CHECK (length(description) <= 5000),
    published_at timestamptz NOT NULL,
    closed_at    timestamptz
);
CREATE INDEX job_ad_open ON job_ad (published_at) WHERE closed_at IS NULL;

COMMENT ON COLUMN pending_registration.id IS 'technical: the id the person will have, and the key the data is encrypted with';
COMMENT ON COLUMN pending_registration.token_hash IS 'technical: SHA-256 of the token in the link';
COMMENT ON COLUMN pending_registration.form IS 'P-DATA-2: the registration form, encrypted (also P-DATA-1)';
COMMENT ON COLUMN pending_registration.cv IS 'P-DATA-2: the CV sent with it, encrypted';
COMMENT ON COLUMN pending_registration.created_at IS 'technical';
COMMENT ON COLUMN pending_registration.expires_at IS 'technical: when the link stops working and the row is deleted';
COMMENT ON COLUMN job_ad.id IS 'technical';
COMMENT ON COLUMN job_ad.title IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.location IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.work_type IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.description IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.published_at IS 'technical';
COMMENT ON COLUMN job_ad.closed_at IS 'technical';
