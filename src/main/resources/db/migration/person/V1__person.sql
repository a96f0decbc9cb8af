-- The data subject. Every column carries its data category from the policy (or 'technical' when it
-- holds nothing about the person on its own); ClassificationTest holds the schema to this.
CREATE TABLE person (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('CANDIDATE', 'EMPLOYEE', 'BUSINESS_CONTACT')),
    given_name      text        NOT NULL,
    family_name     text        NOT NULL,
    email           text,
    phone           text,
    date_of_birth   date,
    street          text,
    postcode        text,
    city            text,
    country         text,
    registered_at   timestamptz NOT NULL,
    last_contact_at timestamptz NOT NULL,
    unregistered_at timestamptz,
    version         integer     NOT NULL DEFAULT 0
);

CREATE INDEX person_name_order ON person (family_name, given_name, id);
CREATE INDEX person_last_contact ON person (last_contact_at);

COMMENT ON TABLE person IS 'The data subjects: candidates, employees and business contacts';
COMMENT ON COLUMN person.id IS 'technical: random surrogate key';
COMMENT ON COLUMN person.kind IS 'P-DATA-REL: candidate, employee or business contact';
COMMENT ON COLUMN person.given_name IS 'P-DATA-1';
COMMENT ON COLUMN person.family_name IS 'P-DATA-1';
COMMENT ON COLUMN person.email IS 'P-DATA-1';
COMMENT ON COLUMN person.phone IS 'P-DATA-1';
COMMENT ON COLUMN person.date_of_birth IS 'P-DATA-1';
COMMENT ON COLUMN person.street IS 'P-DATA-1';
COMMENT ON COLUMN person.postcode IS 'P-DATA-1';
COMMENT ON COLUMN person.city IS 'P-DATA-1';
COMMENT ON COLUMN person.country IS 'P-DATA-1';
COMMENT ON COLUMN person.registered_at IS 'P-DATA-REL';
COMMENT ON COLUMN person.last_contact_at IS 'P-DATA-REL: starts the clock of P-RET-1';
COMMENT ON COLUMN person.unregistered_at IS 'P-DATA-REL: P-OPT-1';
COMMENT ON COLUMN person.version IS 'technical: optimistic locking';
