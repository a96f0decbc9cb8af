-- Art. 18: while a person's processing is restricted their data is only stored, not used: matching,
-- job offers and disclosures leave them out. One row per restriction, kept when it is lifted.
CREATE TABLE processing_restriction (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     uuid        NOT NULL REFERENCES person (id),
    restricted_at timestamptz NOT NULL,
    restricted_by text        NOT NULL,
    reason        text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    lifted_at     timestamptz,
    lifted_by     text
);
CREATE UNIQUE INDEX processing_restriction_standing ON processing_restriction (person_id) WHERE lifted_at IS NULL;
COMMENT ON TABLE processing_restriction IS 'P-DATA-REL: restrictions of processing (GDPR art. 18)';
COMMENT ON COLUMN processing_restriction.id IS 'technical';
COMMENT ON COLUMN processing_restriction.person_id IS 'P-DATA-REL: whose processing is restricted';
COMMENT ON COLUMN processing_restriction.restricted_at IS 'P-DATA-REL: when it was restricted';
COMMENT ON COLUMN processing_restriction.restricted_by IS 'P-DATA-REL: staff account or the person';
COMMENT ON COLUMN processing_restriction.reason IS 'P-DATA-REL: why, e.g. accuracy contested';
COMMENT ON COLUMN processing_restriction.lifted_at IS 'P-DATA-REL: when the restriction was lifted';
COMMENT ON COLUMN processing_restriction.lifted_by IS 'P-DATA-REL: who lifted it';

-- The directory tells other modules whether a person may be used at all.
CREATE OR REPLACE VIEW person_directory AS
SELECT p.id, p.kind, p.given_name, p.family_name, p.email, p.city, p.postcode, p.registered_at, p.last_contact_at,
       p.unregistered_at,
       EXISTS (SELECT 1 FROM processing_restriction r WHERE r.person_id = p.id AND r.lifted_at IS NULL) AS restricted
FROM person p;
