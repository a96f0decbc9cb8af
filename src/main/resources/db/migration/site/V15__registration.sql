-- A link sent to prove an e-mail address is the registrant's. Only a hash of the token is kept, so
-- a copy of the database cannot confirm anyone.
CREATE TABLE email_confirmation (
    token_hash   bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
    person_id    uuid        NOT NULL REFERENCES person (id),
    expires_at   timestamptz NOT NULL,
    confirmed_at timestamptz
);
CREATE INDEX email_confirmation_person ON email_confirmation (person_id);

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

COMMENT ON COLUMN email_confirmation.token_hash IS 'technical: SHA-256 of the token in the link';
COMMENT ON COLUMN email_confirmation.person_id IS 'technical: whose address';
COMMENT ON COLUMN email_confirmation.expires_at IS 'technical';
COMMENT ON COLUMN email_confirmation.confirmed_at IS 'P-DATA-REL: when the person proved the address theirs';
COMMENT ON COLUMN job_ad.id IS 'technical';
COMMENT ON COLUMN job_ad.title IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.location IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.work_type IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.description IS 'technical: not personal data';
COMMENT ON COLUMN job_ad.published_at IS 'technical';
COMMENT ON COLUMN job_ad.closed_at IS 'technical';
