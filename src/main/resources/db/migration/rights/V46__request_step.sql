-- What was done on a data-subject request in the modules that hold the data: a restriction and its
-- lifting, a rectification recorded and passed on to each recipient of the old data (Art. 19), an
-- objection upheld, consents withdrawn, an unregistering applied. One row per step, never changed.
-- The request lives in privacy (subject_request): a plain id, no foreign key.
CREATE TABLE request_step (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id       uuid        NOT NULL,
    subject_id       uuid        NOT NULL,
    step             text        NOT NULL CHECK (step IN ('RESTRICTED', 'LIFT_ANNOUNCED', 'LIFTED', 'CORRECTED', 'PASSED_ON',
                                     'MARKETING_STOPPED', 'OUT_OF_MATCHING', 'CONSENT_WITHDRAWN', 'UNREGISTERED')),
    categories       text[],
    effective_at     timestamptz,
    recipient        text,
    recipient_name   text        CHECK (length(recipient_name) <= 200),
    channel          text        CHECK (channel IN ('EMAIL', 'LETTER', 'OTHER')),
    note             text        CHECK (length(note) <= 500),
    consent_purpose  text,
    consent_category text,
    lift_on          date,
    taken_at         timestamptz NOT NULL,
    taken_by         text        NOT NULL,
    CHECK (step <> 'CORRECTED' OR (cardinality(categories) = 1 AND effective_at IS NOT NULL)),
    CHECK (step <> 'PASSED_ON' OR (cardinality(categories) > 0 AND recipient IS NOT NULL AND recipient_name IS NOT NULL
                                   AND channel IS NOT NULL)),
    CHECK (step <> 'LIFT_ANNOUNCED' OR (lift_on IS NOT NULL AND channel IS NOT NULL)),
    CHECK (step NOT IN ('MARKETING_STOPPED', 'CONSENT_WITHDRAWN') OR consent_purpose IS NOT NULL)
);
CREATE INDEX request_step_request ON request_step (request_id, id);
CREATE INDEX request_step_subject ON request_step (subject_id);
REVOKE UPDATE ON request_step FROM "${approle}";

COMMENT ON TABLE request_step IS 'Steps taken on data-subject requests (GDPR Art. 16-21)';
COMMENT ON COLUMN request_step.id IS 'technical';
COMMENT ON COLUMN request_step.request_id IS 'technical: the request (privacy.requests)';
COMMENT ON COLUMN request_step.subject_id IS 'P-DATA-REL: whose request, as a random id';
COMMENT ON COLUMN request_step.step IS 'P-DATA-REL: what was done';
COMMENT ON COLUMN request_step.categories IS 'P-DATA-REL: the category corrected, or the categories a recipient was told were corrected';
COMMENT ON COLUMN request_step.effective_at IS 'P-DATA-REL: when the corrected data was last changed';
COMMENT ON COLUMN request_step.recipient IS 'P-DATA-REL: the recipient a correction was passed on to (the policy''s id)';
COMMENT ON COLUMN request_step.recipient_name IS 'P-DATA-REL: the organisation told of a correction';
COMMENT ON COLUMN request_step.channel IS 'P-DATA-REL: how the recipient or the person was told';
COMMENT ON COLUMN request_step.note IS 'P-DATA-REL: how a recipient was told outside Tillid';
COMMENT ON COLUMN request_step.consent_purpose IS 'P-DATA-REL: the purpose of a consent withdrawn';
COMMENT ON COLUMN request_step.consent_category IS 'P-DATA-REL: the category of a consent withdrawn, if it named one';
COMMENT ON COLUMN request_step.lift_on IS 'P-DATA-REL: the day the person was told a restriction would be lifted from';
COMMENT ON COLUMN request_step.taken_at IS 'P-DATA-REL: when the step was taken';
COMMENT ON COLUMN request_step.taken_by IS 'P-STAFF-1: the staff account that took it';
