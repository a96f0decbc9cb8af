-- The employment module: employments, the employee file (P-DATA-7, P-DATA-9), absence, timesheets,
-- screening (P-DATA-10) and criminal record extracts (P-DATA-8). Values that identify or expose a
-- person (CPR number, ID document number, bank account, health reason, the extract) are stored only
-- as ciphertext under the person's own key (PersonalKeys), bound to person and field.

-- One row per person ever hired: the employee number and the identity data of P-DATA-7.
CREATE TABLE employee_file (
    person_id          uuid        PRIMARY KEY REFERENCES person (id),
    employee_number    bigint      GENERATED ALWAYS AS IDENTITY (START WITH 1001) UNIQUE,
    nationality        text        CHECK (nationality ~ '^[A-Z]{2}$'),
    id_document_type   text        CHECK (id_document_type IN ('PASSPORT', 'NATIONAL_ID_CARD', 'DRIVING_LICENCE', 'RESIDENCE_CARD')),
    id_document_number bytea,
    id_document_expiry date,
    permit_type        text        CHECK (length(permit_type) BETWEEN 1 AND 100),
    permit_expiry      date,
    bank_account       bytea,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX employee_file_permit_expiry ON employee_file (permit_expiry) WHERE permit_expiry IS NOT NULL;
COMMENT ON TABLE employee_file IS 'The employee file of a person who works or has worked for the agency';
COMMENT ON COLUMN employee_file.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN employee_file.employee_number IS 'P-DATA-9: employee number for payroll';
COMMENT ON COLUMN employee_file.nationality IS 'P-DATA-7: nationality, ISO 3166 code';
COMMENT ON COLUMN employee_file.id_document_type IS 'P-DATA-7: kind of identity document';
COMMENT ON COLUMN employee_file.id_document_number IS 'P-DATA-7: identity document number, encrypted with the person''s key';
COMMENT ON COLUMN employee_file.id_document_expiry IS 'P-DATA-7: identity document expiry';
COMMENT ON COLUMN employee_file.permit_type IS 'P-DATA-7: work permit type';
COMMENT ON COLUMN employee_file.permit_expiry IS 'P-DATA-7: work permit expiry (warned before it expires)';
COMMENT ON COLUMN employee_file.bank_account IS 'P-DATA-9: bank account for pay (reg. no. and account), encrypted';
COMMENT ON COLUMN employee_file.created_at IS 'P-DATA-9: when the person was first hired';
COMMENT ON COLUMN employee_file.updated_at IS 'technical';

-- A permanent placement or a temp assignment period with the agency as employer.
CREATE TABLE employment (
    id                    uuid          PRIMARY KEY,
    person_id             uuid          NOT NULL REFERENCES employee_file (person_id),
    kind                  text          NOT NULL CHECK (kind IN ('PERMANENT', 'TEMPORARY')),
    title                 text          NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    employer_or_client    text          NOT NULL CHECK (length(employer_or_client) BETWEEN 1 AND 200),
    start_date            date          NOT NULL,
    last_day              date          CHECK (last_day >= start_date),
    hourly_pay            numeric(10,2) NOT NULL CHECK (hourly_pay >= 0),
    created_at            timestamptz   NOT NULL
);
CREATE INDEX employment_person ON employment (person_id);
COMMENT ON COLUMN employment.id IS 'technical';
COMMENT ON COLUMN employment.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN employment.kind IS 'P-DATA-9: permanent or temporary';
COMMENT ON COLUMN employment.title IS 'P-DATA-9: job title';
COMMENT ON COLUMN employment.employer_or_client IS 'P-DATA-9: employer (permanent) or client (temp)';
COMMENT ON COLUMN employment.start_date IS 'P-DATA-9: first day';
COMMENT ON COLUMN employment.last_day IS 'P-DATA-9: last day; feeds retention (P-RET-2)';
COMMENT ON COLUMN employment.hourly_pay IS 'P-DATA-9: pay per hour, DKK';
COMMENT ON COLUMN employment.created_at IS 'technical';

-- CPR numbers: never a key; a surrogate id, the number as ciphertext, and its period of validity.
-- A person given a new number keeps the old one here, with valid_to set.
CREATE TABLE cpr_number (
    id          uuid        PRIMARY KEY,
    person_id   uuid        NOT NULL REFERENCES employee_file (person_id),
    ciphertext  bytea       NOT NULL,
    valid_from  date        NOT NULL,
    valid_to    date        CHECK (valid_to >= valid_from),
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);
CREATE UNIQUE INDEX cpr_number_current ON cpr_number (person_id) WHERE valid_to IS NULL;
COMMENT ON COLUMN cpr_number.id IS 'technical: surrogate id, the number is never a key';
COMMENT ON COLUMN cpr_number.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN cpr_number.ciphertext IS 'P-DATA-7: CPR number, encrypted with the person''s key';
COMMENT ON COLUMN cpr_number.valid_from IS 'P-DATA-7: from when this number applies';
COMMENT ON COLUMN cpr_number.valid_to IS 'P-DATA-7: until when (set when the person got a new number)';
COMMENT ON COLUMN cpr_number.recorded_at IS 'P-DATA-REL: when it was entered';
COMMENT ON COLUMN cpr_number.recorded_by IS 'P-DATA-REL: staff account that entered it';

CREATE TABLE absence (
    id            uuid        PRIMARY KEY,
    person_id     uuid        NOT NULL REFERENCES employee_file (person_id),
    first_day     date        NOT NULL,
    last_day      date        NOT NULL CHECK (last_day >= first_day),
    type          text        NOT NULL CHECK (type IN ('VACATION', 'SICKNESS', 'CHILD_SICK', 'PARENTAL_LEAVE', 'OTHER')),
    health_reason bytea,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NOT NULL
);
CREATE INDEX absence_person ON absence (person_id, first_day);
COMMENT ON COLUMN absence.id IS 'technical';
COMMENT ON COLUMN absence.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN absence.first_day IS 'P-DATA-9: absence from';
COMMENT ON COLUMN absence.last_day IS 'P-DATA-9: absence to';
COMMENT ON COLUMN absence.type IS 'P-DATA-9: kind of absence';
COMMENT ON COLUMN absence.health_reason IS 'P-SENS-1: health-related reason, encrypted; only with grounds (ART9-2-A or ART9-2-B)';
COMMENT ON COLUMN absence.recorded_at IS 'technical';
COMMENT ON COLUMN absence.recorded_by IS 'P-DATA-REL: staff account that recorded it';

-- Hours per day per assignment (the assignment id belongs to the placement module).
CREATE TABLE timesheet_line (
    id            bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employment_id uuid          NOT NULL REFERENCES employment (id),
    person_id     uuid          NOT NULL REFERENCES employee_file (person_id),
    assignment_id uuid          NOT NULL,
    work_date     date          NOT NULL,
    hours         numeric(4,2)  NOT NULL CHECK (hours >= 0 AND hours <= 24),
    recorded_at   timestamptz   NOT NULL,
    recorded_by   text          NOT NULL,
    UNIQUE (employment_id, assignment_id, work_date)
);
CREATE INDEX timesheet_line_person_day ON timesheet_line (person_id, work_date);
CREATE INDEX timesheet_line_day ON timesheet_line (work_date);
COMMENT ON COLUMN timesheet_line.id IS 'technical';
COMMENT ON COLUMN timesheet_line.employment_id IS 'technical';
COMMENT ON COLUMN timesheet_line.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN timesheet_line.assignment_id IS 'technical: the assignment of the placement module';
COMMENT ON COLUMN timesheet_line.work_date IS 'P-DATA-9: day worked';
COMMENT ON COLUMN timesheet_line.hours IS 'P-DATA-9: hours worked that day';
COMMENT ON COLUMN timesheet_line.recorded_at IS 'technical';
COMMENT ON COLUMN timesheet_line.recorded_by IS 'P-DATA-REL: staff account that recorded it';

CREATE TABLE screening_result (
    id          uuid        PRIMARY KEY,
    person_id   uuid        NOT NULL REFERENCES employee_file (person_id),
    client_name text        NOT NULL CHECK (length(client_name) BETWEEN 1 AND 200),
    screening   text        NOT NULL CHECK (length(screening) BETWEEN 1 AND 200),
    result      text        NOT NULL CHECK (length(result) BETWEEN 1 AND 2000),
    screened_on date        NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);
CREATE INDEX screening_result_person ON screening_result (person_id);
COMMENT ON COLUMN screening_result.id IS 'technical';
COMMENT ON COLUMN screening_result.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN screening_result.client_name IS 'P-DATA-10: the client the screening was done for';
COMMENT ON COLUMN screening_result.screening IS 'P-DATA-10: what was screened';
COMMENT ON COLUMN screening_result.result IS 'P-DATA-10: the result';
COMMENT ON COLUMN screening_result.screened_on IS 'P-DATA-10: when';
COMMENT ON COLUMN screening_result.recorded_at IS 'technical';
COMMENT ON COLUMN screening_result.recorded_by IS 'P-DATA-REL: staff account that recorded it';

-- At most one extract per person; deleted when the consent is withdrawn or the employment ends.
CREATE TABLE criminal_record (
    id          uuid        PRIMARY KEY,
    person_id   uuid        NOT NULL UNIQUE REFERENCES employee_file (person_id),
    ciphertext  bytea       NOT NULL,
    ledger_event_id bigint  NOT NULL,
    issued_on   date        NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);
COMMENT ON COLUMN criminal_record.id IS 'technical';
COMMENT ON COLUMN criminal_record.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN criminal_record.ciphertext IS 'P-DATA-8: the extract, encrypted with the person''s key';
COMMENT ON COLUMN criminal_record.ledger_event_id IS 'P-DATA-REL: the consent-ledger entry (P-PUR-6, P-DATA-8) it rests on; stands only while that entry is the newest of its scope';
COMMENT ON COLUMN criminal_record.issued_on IS 'P-DATA-8: date of issue';
COMMENT ON COLUMN criminal_record.recorded_at IS 'technical';
COMMENT ON COLUMN criminal_record.recorded_by IS 'P-DATA-REL: staff account that stored it';

-- The person's explicit consent to ONE disclosure of THIS extract to ONE client (Databeskyttelses-
-- loven § 8): used once, then spent. Tied to the consent-ledger entry (P-PUR-6, P-DATA-8) that stood
-- when it was given; an unused one goes with the extract, a used one stays as proof of the consent.
CREATE TABLE criminal_record_disclosure_consent (
    id                 uuid        PRIMARY KEY,
    person_id          uuid        NOT NULL REFERENCES employee_file (person_id),
    criminal_record_id uuid        REFERENCES criminal_record (id) ON DELETE SET NULL,
    ledger_event_id    bigint      NOT NULL,
    client_id          uuid        NOT NULL,
    client_name        text        NOT NULL CHECK (length(client_name) BETWEEN 1 AND 200),
    channel            text        NOT NULL CHECK (channel IN ('PORTAL', 'WEBSITE', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    given_at           timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    used_at            timestamptz
);
CREATE INDEX criminal_record_disclosure_consent_person ON criminal_record_disclosure_consent (person_id);
COMMENT ON COLUMN criminal_record_disclosure_consent.id IS 'technical';
COMMENT ON COLUMN criminal_record_disclosure_consent.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN criminal_record_disclosure_consent.criminal_record_id IS 'technical: the extract it is for';
COMMENT ON COLUMN criminal_record_disclosure_consent.ledger_event_id IS 'P-DATA-REL: the consent-ledger entry it rests on';
COMMENT ON COLUMN criminal_record_disclosure_consent.client_id IS 'P-DATA-REL: the client it may go to';
COMMENT ON COLUMN criminal_record_disclosure_consent.client_name IS 'P-DATA-REL: the client''s name';
COMMENT ON COLUMN criminal_record_disclosure_consent.channel IS 'P-DATA-REL: how the consent was given';
COMMENT ON COLUMN criminal_record_disclosure_consent.given_at IS 'P-DATA-REL: when';
COMMENT ON COLUMN criminal_record_disclosure_consent.recorded_by IS 'P-DATA-REL: staff account that recorded it';
COMMENT ON COLUMN criminal_record_disclosure_consent.used_at IS 'P-DATA-REL: when the one disclosure was made';
