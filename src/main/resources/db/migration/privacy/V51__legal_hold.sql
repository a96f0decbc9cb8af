-- A legal hold (issue T6, item 3): while a dispute or a court case stands, nothing of the person is
-- deleted, through the hold's end date. At most one standing hold per person: a hold stops standing
-- when it is lifted early (with a reason), or when a new one replaces one whose end date has passed
-- (then lifted_at is set and lift_reason stays empty).
CREATE TABLE legal_hold (
    id          uuid        PRIMARY KEY,
    subject_id  uuid        NOT NULL,
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    ends_on     date        NOT NULL,
    placed_at   timestamptz NOT NULL,
    placed_by   text        NOT NULL,
    lifted_at   timestamptz,
    lifted_by   text,
    lift_reason text        CHECK (length(lift_reason) BETWEEN 1 AND 2000),
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL)),
    CHECK (lift_reason IS NULL OR lifted_at IS NOT NULL)
);
CREATE UNIQUE INDEX legal_hold_one_standing ON legal_hold (subject_id) WHERE lifted_at IS NULL;

COMMENT ON TABLE legal_hold IS 'P-DATA-REL: a legal hold that stops the deletion of a person''s data';
COMMENT ON COLUMN legal_hold.id IS 'technical';
COMMENT ON COLUMN legal_hold.subject_id IS 'technical: pseudonymous id of the person held';
COMMENT ON COLUMN legal_hold.reason IS 'P-DATA-REL: why the data is held (a dispute, a court case)';
COMMENT ON COLUMN legal_hold.ends_on IS 'P-DATA-REL: the last day the hold stands';
COMMENT ON COLUMN legal_hold.placed_at IS 'P-DATA-REL';
COMMENT ON COLUMN legal_hold.placed_by IS 'P-DATA-REL: staff account that placed the hold';
COMMENT ON COLUMN legal_hold.lifted_at IS 'P-DATA-REL: when the hold stopped standing before a new one, or was lifted early';
COMMENT ON COLUMN legal_hold.lifted_by IS 'P-DATA-REL: staff account that lifted it';
COMMENT ON COLUMN legal_hold.lift_reason IS 'P-DATA-REL: why it was lifted early; empty when it had simply run out';
