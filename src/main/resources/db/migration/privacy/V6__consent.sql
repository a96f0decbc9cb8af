-- Consents as facts: given to a wording of the policy, or withdrawn. Facts are never changed.
CREATE TABLE consent_event (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id      uuid        NOT NULL,
    purpose         text        NOT NULL,
    category        text,
    kind            text        NOT NULL CHECK (kind IN ('GIVEN', 'WITHDRAWN')),
    wording_version text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('PORTAL', 'WEBSITE', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    occurred_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL
);
CREATE INDEX consent_event_scope ON consent_event (subject_id, purpose, category, id);
REVOKE UPDATE ON consent_event FROM "${approle}";

-- Legal bases recorded for one person and one protected category (e.g. GDPR Art. 9(2)(b)).
CREATE TABLE legal_basis_record (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id  uuid        NOT NULL,
    category    text        NOT NULL,
    legal_basis text        NOT NULL,
    reference   text        NOT NULL CHECK (length(reference) <= 200),
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL,
    ended_at    timestamptz,
    ended_by    text
);
CREATE INDEX legal_basis_record_subject ON legal_basis_record (subject_id, category);

COMMENT ON COLUMN consent_event.id IS 'technical: order of the facts';
COMMENT ON COLUMN consent_event.subject_id IS 'technical: whose consent, as a random id';
COMMENT ON COLUMN consent_event.purpose IS 'P-DATA-REL: consents and choices';
COMMENT ON COLUMN consent_event.category IS 'P-DATA-REL';
COMMENT ON COLUMN consent_event.kind IS 'P-DATA-REL';
COMMENT ON COLUMN consent_event.wording_version IS 'P-DATA-REL: the words agreed to';
COMMENT ON COLUMN consent_event.channel IS 'P-DATA-REL';
COMMENT ON COLUMN consent_event.occurred_at IS 'P-DATA-REL';
COMMENT ON COLUMN consent_event.recorded_by IS 'P-STAFF-1: who recorded it (staff, the person, or the system)';
COMMENT ON COLUMN legal_basis_record.id IS 'technical';
COMMENT ON COLUMN legal_basis_record.subject_id IS 'technical: whose, as a random id';
COMMENT ON COLUMN legal_basis_record.category IS 'P-DATA-REL';
COMMENT ON COLUMN legal_basis_record.legal_basis IS 'P-DATA-REL';
COMMENT ON COLUMN legal_basis_record.reference IS 'P-DATA-REL: the rule or document, no personal details';
COMMENT ON COLUMN legal_basis_record.recorded_at IS 'P-DATA-REL';
COMMENT ON COLUMN legal_basis_record.recorded_by IS 'P-STAFF-1';
COMMENT ON COLUMN legal_basis_record.ended_at IS 'P-DATA-REL';
COMMENT ON COLUMN legal_basis_record.ended_by IS 'P-STAFF-1';
