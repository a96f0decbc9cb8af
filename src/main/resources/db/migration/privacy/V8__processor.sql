-- The processors and sub-processors the agency uses (P-SEC-5, P-REC-2). Company data, not about persons.
CREATE TABLE processor (
    id                  uuid        PRIMARY KEY,
    name                text        NOT NULL,
    service             text        NOT NULL,
    agreement_reference text        NOT NULL,
    agreement_signed_on date,
    categories          text[]      NOT NULL,
    country             char(2)     NOT NULL,
    safeguard           text,
    parent_id           uuid        REFERENCES processor (id),
    active              boolean     NOT NULL,
    updated_at          timestamptz NOT NULL
);

COMMENT ON TABLE processor IS 'Processor register: organisations, not persons';
COMMENT ON COLUMN processor.id IS 'technical';
COMMENT ON COLUMN processor.name IS 'technical: an organisation''s name';
COMMENT ON COLUMN processor.service IS 'technical';
COMMENT ON COLUMN processor.agreement_reference IS 'technical';
COMMENT ON COLUMN processor.agreement_signed_on IS 'technical';
COMMENT ON COLUMN processor.categories IS 'technical';
COMMENT ON COLUMN processor.country IS 'technical';
COMMENT ON COLUMN processor.safeguard IS 'technical';
COMMENT ON COLUMN processor.parent_id IS 'technical';
COMMENT ON COLUMN processor.active IS 'technical';
COMMENT ON COLUMN processor.updated_at IS 'technical';
