-- Client companies, the people the agency deals with there, the agreements with them, and the
-- job orders they place. A company is no person; its contact persons are people (S-CONTACT) whose
-- identity and contact data live in the person module; here is only their tie to the company.
CREATE TABLE client_company (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    cvr        char(8)     NOT NULL UNIQUE CHECK (cvr ~ '^[1-9][0-9]{7}$'),
    street     text        CHECK (length(street) <= 200),
    postcode   text        CHECK (postcode ~ '^[0-9]{4}$'),
    city       text        CHECK (length(city) <= 100),
    created_at timestamptz NOT NULL,
    version    integer     NOT NULL DEFAULT 0
);
CREATE INDEX client_company_name ON client_company (lower(name), id);
COMMENT ON COLUMN client_company.id IS 'technical';
COMMENT ON COLUMN client_company.name IS 'technical: a company name, no personal data';
COMMENT ON COLUMN client_company.cvr IS 'technical: the company''s CVR number';
COMMENT ON COLUMN client_company.street IS 'technical: the company''s address';
COMMENT ON COLUMN client_company.postcode IS 'technical: the company''s address';
COMMENT ON COLUMN client_company.city IS 'technical: the company''s address';
COMMENT ON COLUMN client_company.created_at IS 'technical';
COMMENT ON COLUMN client_company.version IS 'technical';

CREATE TABLE client_contact (
    person_id  uuid    PRIMARY KEY REFERENCES person (id),
    client_id  uuid    NOT NULL REFERENCES client_company (id),
    position   text    CHECK (length(position) <= 100),
    active     boolean NOT NULL DEFAULT true
);
CREATE INDEX client_contact_client ON client_contact (client_id);
COMMENT ON COLUMN client_contact.person_id IS 'P-DATA-11: the contact person';
COMMENT ON COLUMN client_contact.client_id IS 'P-DATA-11: the company they work for';
COMMENT ON COLUMN client_contact.position IS 'P-DATA-11: their position';
COMMENT ON COLUMN client_contact.active IS 'P-DATA-11: whether they are still our contact there';

CREATE TABLE client_agreement (
    id         uuid        PRIMARY KEY,
    client_id  uuid        NOT NULL REFERENCES client_company (id),
    kind       text        NOT NULL CHECK (kind IN ('FRAMEWORK', 'TEMP_STAFFING', 'RECRUITMENT', 'SCREENING')),
    title      text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    valid_from date        NOT NULL,
    valid_to   date        CHECK (valid_to IS NULL OR valid_to >= valid_from),
    terms      text        CHECK (length(terms) <= 5000),
    created_at timestamptz NOT NULL
);
CREATE INDEX client_agreement_client ON client_agreement (client_id);
COMMENT ON COLUMN client_agreement.id IS 'technical';
COMMENT ON COLUMN client_agreement.client_id IS 'technical';
COMMENT ON COLUMN client_agreement.kind IS 'technical: the kind of agreement';
COMMENT ON COLUMN client_agreement.title IS 'technical';
COMMENT ON COLUMN client_agreement.valid_from IS 'technical';
COMMENT ON COLUMN client_agreement.valid_to IS 'technical';
COMMENT ON COLUMN client_agreement.terms IS 'technical: commercial terms, no personal data';
COMMENT ON COLUMN client_agreement.created_at IS 'technical';

CREATE TABLE job_order (
    id             uuid        PRIMARY KEY,
    client_id      uuid        NOT NULL REFERENCES client_company (id),
    title          text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description    text        CHECK (length(description) <= 5000),
    skills         text[]      NOT NULL DEFAULT '{}',
    city           text        CHECK (length(city) <= 100),
    postcode       text        CHECK (postcode ~ '^[0-9]{4}$'),
    start_date     date        NOT NULL,
    duration_weeks integer     CHECK (duration_weeks BETWEEN 1 AND 520),
    kind           text        NOT NULL CHECK (kind IN ('PERMANENT', 'TEMPORARY')),
    status         text        NOT NULL CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
    positions      integer     NOT NULL CHECK (positions BETWEEN 1 AND 500),
    created_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CHECK (kind = 'TEMPORARY' OR duration_weeks IS NULL)
);
CREATE INDEX job_order_open ON job_order (start_date, id) WHERE status = 'OPEN';
CREATE INDEX job_order_client ON job_order (client_id);
COMMENT ON COLUMN job_order.id IS 'technical';
COMMENT ON COLUMN job_order.client_id IS 'technical';
COMMENT ON COLUMN job_order.title IS 'technical: the job, no personal data';
COMMENT ON COLUMN job_order.description IS 'technical: the job, no personal data';
COMMENT ON COLUMN job_order.skills IS 'technical: skills the job requires';
COMMENT ON COLUMN job_order.city IS 'technical: where the work is';
COMMENT ON COLUMN job_order.postcode IS 'technical: where the work is';
COMMENT ON COLUMN job_order.start_date IS 'technical';
COMMENT ON COLUMN job_order.duration_weeks IS 'technical';
COMMENT ON COLUMN job_order.kind IS 'technical';
COMMENT ON COLUMN job_order.status IS 'technical';
COMMENT ON COLUMN job_order.positions IS 'technical: how many people the client wants';
COMMENT ON COLUMN job_order.created_at IS 'technical';
COMMENT ON COLUMN job_order.version IS 'technical';

CREATE TABLE job_order_language (
    job_order_id uuid NOT NULL REFERENCES job_order (id) ON DELETE CASCADE,
    language     text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    level        text NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')),
    PRIMARY KEY (job_order_id, language)
);
COMMENT ON COLUMN job_order_language.job_order_id IS 'technical';
COMMENT ON COLUMN job_order_language.language IS 'technical: a language the job requires';
COMMENT ON COLUMN job_order_language.level IS 'technical: the level it requires';
