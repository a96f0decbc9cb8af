-- Every time personal data left the agency. Shown to the person in their access package.
CREATE TABLE disclosure (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id     uuid        NOT NULL,
    recipient      text        NOT NULL,
    recipient_name text        NOT NULL CHECK (length(recipient_name) <= 200),
    categories     text[]      NOT NULL,
    purpose        text        NOT NULL,
    legal_basis    text        NOT NULL,
    channel        text        NOT NULL,
    disclosed_at   timestamptz NOT NULL,
    disclosed_by   text        NOT NULL,
    -- Recorded before anything leaves; settled once the channel says how it went. DELIVERING that
    -- never settles means the outcome is unknown (the application stopped during delivery).
    status         text        NOT NULL CHECK (status IN ('DELIVERING', 'DELIVERED', 'FAILED')),
    settled_at     timestamptz
);
CREATE INDEX disclosure_subject ON disclosure (subject_id, id);
REVOKE UPDATE ON disclosure FROM "${approle}";
GRANT UPDATE (status, settled_at) ON disclosure TO "${approle}";

COMMENT ON COLUMN disclosure.id IS 'technical';
COMMENT ON COLUMN disclosure.subject_id IS 'technical: whose data, as a random id';
COMMENT ON COLUMN disclosure.recipient IS 'P-DATA-REL: to whom we have disclosed data';
COMMENT ON COLUMN disclosure.recipient_name IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.categories IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.purpose IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.legal_basis IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.channel IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.disclosed_at IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.disclosed_by IS 'P-STAFF-1';
COMMENT ON COLUMN disclosure.status IS 'P-DATA-REL';
COMMENT ON COLUMN disclosure.settled_at IS 'P-DATA-REL';
