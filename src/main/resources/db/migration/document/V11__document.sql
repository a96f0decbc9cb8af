-- Documents a person handed the agency. The file itself lies encrypted with the person's key under a
-- random name outside the database; its display name is encrypted too (it often holds the name).
CREATE TABLE document (
    id            uuid        PRIMARY KEY,
    person_id     uuid        NOT NULL REFERENCES person (id),
    kind          text        NOT NULL CHECK (kind IN ('CV', 'CERTIFICATE', 'REFERENCE')),
    media_type    text        NOT NULL,
    size_bytes    integer     NOT NULL CHECK (size_bytes > 0),
    display_name  bytea       NOT NULL,
    storage_name  text        NOT NULL UNIQUE CHECK (storage_name ~ '^[0-9a-f]{32}$'),
    search        tsvector    NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    uploaded_by   text        NOT NULL
);
CREATE INDEX document_person ON document (person_id, uploaded_at);
CREATE INDEX document_search ON document USING gin (search);

-- A document is never changed, only added or deleted.
REVOKE UPDATE ON document FROM "${approle}";

COMMENT ON COLUMN document.id IS 'technical';
COMMENT ON COLUMN document.person_id IS 'technical: whose document';
COMMENT ON COLUMN document.kind IS 'P-DATA-2: CV, certificate or reference (P-DATA-6)';
COMMENT ON COLUMN document.media_type IS 'technical: type told by the content';
COMMENT ON COLUMN document.size_bytes IS 'technical';
COMMENT ON COLUMN document.display_name IS 'P-DATA-2: file name for display, encrypted with the person''s key';
COMMENT ON COLUMN document.storage_name IS 'technical: random file name in the document store';
COMMENT ON COLUMN document.search IS 'P-DATA-2: words of the document for search (deleted with the document)';
COMMENT ON COLUMN document.uploaded_at IS 'technical';
COMMENT ON COLUMN document.uploaded_by IS 'technical: actor that uploaded it';
