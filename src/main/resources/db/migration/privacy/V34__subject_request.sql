-- Data-subject requests and how they were answered (GDPR Art. 12-22). The facts of a request are
-- data about the person's relationship with the agency; what they asked for is elsewhere.
CREATE TABLE subject_request (
    id                     uuid        PRIMARY KEY,
    subject_id             uuid        NOT NULL,
    kind                   text        NOT NULL CHECK (kind IN ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION',
                                        'OBJECTION', 'PORTABILITY', 'CONSENT_WITHDRAWAL', 'UNREGISTERING')),
    channel                text        NOT NULL CHECK (channel IN ('PORTAL', 'EMAIL', 'LETTER')),
    received_on            date        NOT NULL,
    status                 text        NOT NULL CHECK (status IN ('OPEN', 'AWAITING_IDENTITY', 'COMPLETED', 'REFUSED')),
    identity_requested_on  date,
    paused_days            integer     NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
    extension_months       integer     NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason       text        CHECK (length(extension_reason) <= 2000),
    extension_notified_on  date,
    flag                   text        CHECK (flag IN ('REPEATED', 'EXCESSIVE')),
    flag_reason            text        CHECK (length(flag_reason) <= 2000),
    closed_on              date,
    answer                 text        CHECK (length(answer) <= 5000),
    recorded_at            timestamptz NOT NULL,
    recorded_by            text        NOT NULL,
    CHECK (extension_months = 0 OR (extension_reason IS NOT NULL AND extension_notified_on IS NOT NULL)),
    CHECK (flag IS NULL OR flag_reason IS NOT NULL)
);
CREATE INDEX subject_request_open ON subject_request (received_on) WHERE status IN ('OPEN', 'AWAITING_IDENTITY');
CREATE INDEX subject_request_subject ON subject_request (subject_id, kind, received_on);
COMMENT ON COLUMN subject_request.id IS 'technical';
COMMENT ON COLUMN subject_request.subject_id IS 'P-DATA-REL: who asked';
COMMENT ON COLUMN subject_request.kind IS 'P-DATA-REL: which right they used';
COMMENT ON COLUMN subject_request.channel IS 'P-DATA-REL: how the request arrived';
COMMENT ON COLUMN subject_request.received_on IS 'P-DATA-REL: starts the one-month deadline';
COMMENT ON COLUMN subject_request.status IS 'P-DATA-REL';
COMMENT ON COLUMN subject_request.identity_requested_on IS 'P-DATA-REL: the clock stands still from here (Art. 12(6))';
COMMENT ON COLUMN subject_request.paused_days IS 'P-DATA-REL: days the clock stood still';
COMMENT ON COLUMN subject_request.extension_months IS 'P-DATA-REL: Art. 12(3) extension';
COMMENT ON COLUMN subject_request.extension_reason IS 'P-DATA-REL: the reasons the person was told';
COMMENT ON COLUMN subject_request.extension_notified_on IS 'P-DATA-REL: when the person was told';
COMMENT ON COLUMN subject_request.flag IS 'P-DATA-REL: repeated or excessive';
COMMENT ON COLUMN subject_request.flag_reason IS 'P-DATA-REL: why it was flagged';
COMMENT ON COLUMN subject_request.closed_on IS 'P-DATA-REL: when it was answered';
COMMENT ON COLUMN subject_request.answer IS 'P-DATA-REL: what the person was answered, or why it was refused';
COMMENT ON COLUMN subject_request.recorded_at IS 'technical';
COMMENT ON COLUMN subject_request.recorded_by IS 'P-DATA-REL: staff account that recorded it';
