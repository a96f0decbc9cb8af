-- What the person asked, in their own words: which data is wrong (rectification), why processing
-- should stop (restriction, objection). Goes with the request.
CREATE TABLE request_statement (
    request_id uuid PRIMARY KEY REFERENCES subject_request (id) ON DELETE CASCADE,
    statement  text NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000)
);
COMMENT ON TABLE request_statement IS 'P-DATA-REL: the person''s own words with a request';
COMMENT ON COLUMN request_statement.request_id IS 'technical';
COMMENT ON COLUMN request_statement.statement IS 'P-DATA-REL: what the person asked, in their words';
