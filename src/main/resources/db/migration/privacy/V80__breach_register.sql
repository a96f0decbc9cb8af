-- The breach register (issue T7 item 6, GDPR Art. 33-34, P-SEC-4): every personal-data breach is
-- documented, notified to Datatilsynet or not (Art. 33(5)). The breach itself is about the agency's
-- systems and names no person; the people told about it are in breach_notice.
CREATE TABLE breach (
    id                       uuid        PRIMARY KEY,
    occurred_from            timestamptz,
    occurred_until           timestamptz,
    aware_at                 timestamptz NOT NULL,
    description              text        NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    categories               text[]      NOT NULL CHECK (cardinality(categories) > 0),
    people_affected          integer     NOT NULL CHECK (people_affected >= 0),
    records_affected         integer     NOT NULL CHECK (records_affected >= 0),
    consequences             text        NOT NULL CHECK (length(consequences) BETWEEN 1 AND 4000),
    measures                 text        NOT NULL CHECK (length(measures) BETWEEN 1 AND 4000),
    recorded_at              timestamptz NOT NULL,
    recorded_by              text        NOT NULL,
    authority_notified_at    timestamptz,
    authority_reference      text        CHECK (length(authority_reference) BETWEEN 1 AND 200),
    no_notification_reason   text        CHECK (length(no_notification_reason) BETWEEN 1 AND 4000),
    concluded_at             timestamptz,
    concluded_by             text,
    high_risk                boolean     NOT NULL DEFAULT false,
    risk_reasoning           text        CHECK (length(risk_reasoning) BETWEEN 1 AND 4000),
    risk_advice              text        CHECK (length(risk_advice) BETWEEN 1 AND 4000),
    risk_assessed_at         timestamptz,
    risk_assessed_by         text,
    CHECK (occurred_until IS NULL OR occurred_from IS NULL OR occurred_until >= occurred_from),
    -- either notified (when, reference) or concluded that no notification was needed, never both
    CHECK ((authority_notified_at IS NULL) = (authority_reference IS NULL)),
    CHECK (authority_notified_at IS NULL OR no_notification_reason IS NULL),
    CHECK ((concluded_at IS NULL) = (concluded_by IS NULL)),
    CHECK (NOT high_risk OR (risk_reasoning IS NOT NULL AND risk_advice IS NOT NULL))
);

-- The phased information of Art. 33(4): each update timestamped, listed in order.
CREATE TABLE breach_update (
    id        uuid        PRIMARY KEY,
    breach_id uuid        NOT NULL REFERENCES breach (id),
    added_at  timestamptz NOT NULL,
    added_by  text        NOT NULL,
    text      text        NOT NULL CHECK (length(text) BETWEEN 1 AND 4000)
);
CREATE INDEX breach_update_breach ON breach_update (breach_id, added_at);

-- Each person told of a high-risk breach (Art. 34), once per breach.
CREATE TABLE breach_notice (
    id          uuid        PRIMARY KEY,
    breach_id   uuid        NOT NULL REFERENCES breach (id),
    subject_id  uuid        NOT NULL,
    notified_at timestamptz NOT NULL,
    notified_by text        NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('SENT', 'NO_ADDRESS')),
    UNIQUE (breach_id, subject_id)
);
CREATE INDEX breach_notice_subject ON breach_notice (subject_id);

COMMENT ON TABLE breach IS 'Breach register (Art. 33(5)): about the agency''s systems, names no person';
COMMENT ON COLUMN breach.id IS 'technical';
COMMENT ON COLUMN breach.occurred_from IS 'technical: when the breach began, if known';
COMMENT ON COLUMN breach.occurred_until IS 'technical: when it ended, if known';
COMMENT ON COLUMN breach.aware_at IS 'technical: when the agency became aware; the 72 hours count from here';
COMMENT ON COLUMN breach.description IS 'technical: what happened, in general terms (no person named)';
COMMENT ON COLUMN breach.categories IS 'technical: the policy''s categories of data concerned';
COMMENT ON COLUMN breach.people_affected IS 'technical: approximate number of people';
COMMENT ON COLUMN breach.records_affected IS 'technical: approximate number of records';
COMMENT ON COLUMN breach.consequences IS 'technical: likely consequences';
COMMENT ON COLUMN breach.measures IS 'technical: measures taken or proposed';
COMMENT ON COLUMN breach.recorded_at IS 'technical';
COMMENT ON COLUMN breach.recorded_by IS 'P-STAFF-1: staff account that recorded the breach';
COMMENT ON COLUMN breach.authority_notified_at IS 'technical: when Datatilsynet was notified';
COMMENT ON COLUMN breach.authority_reference IS 'technical: Datatilsynet''s reference';
COMMENT ON COLUMN breach.no_notification_reason IS 'technical: why no notification was needed (no risk)';
COMMENT ON COLUMN breach.concluded_at IS 'technical: when notification or its reason was recorded';
COMMENT ON COLUMN breach.concluded_by IS 'P-STAFF-1: staff account that recorded it';
COMMENT ON COLUMN breach.high_risk IS 'technical: high risk to people (Art. 34)';
COMMENT ON COLUMN breach.risk_reasoning IS 'technical: why the risk is high';
COMMENT ON COLUMN breach.risk_advice IS 'technical: what the people told can do to protect themselves';
COMMENT ON COLUMN breach.risk_assessed_at IS 'technical';
COMMENT ON COLUMN breach.risk_assessed_by IS 'P-STAFF-1: staff account that assessed the risk';
COMMENT ON COLUMN breach_update.id IS 'technical';
COMMENT ON COLUMN breach_update.breach_id IS 'technical';
COMMENT ON COLUMN breach_update.added_at IS 'technical';
COMMENT ON COLUMN breach_update.added_by IS 'P-STAFF-1: staff account that added the update';
COMMENT ON COLUMN breach_update.text IS 'technical: further information, in general terms';
COMMENT ON COLUMN breach_notice.id IS 'technical';
COMMENT ON COLUMN breach_notice.breach_id IS 'P-DATA-REL: which breach the person was told of';
COMMENT ON COLUMN breach_notice.subject_id IS 'technical: who was told, as a random id';
COMMENT ON COLUMN breach_notice.notified_at IS 'P-DATA-REL: when the person was told';
COMMENT ON COLUMN breach_notice.notified_by IS 'P-STAFF-1: staff account that sent the notices';
COMMENT ON COLUMN breach_notice.outcome IS 'P-DATA-REL: mailed, or no address to mail to';
