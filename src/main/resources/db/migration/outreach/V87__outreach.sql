-- What the agency sends on its own initiative: job alerts (P-PUR-1) and marketing campaigns
-- (P-PUR-2), with the person's choices about them and a record per recipient.

-- The key that signs unsubscribe links, sealed with a key of its own in person_key (so a rotation
-- of the master key rewraps it, and the key backup carries it).
CREATE TABLE outreach_secret (
    name       text        PRIMARY KEY,
    sealed     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);

-- How often a person wants job alerts, and in which language the agency writes to them.
CREATE TABLE mail_preference (
    person_id       uuid        PRIMARY KEY,
    alert_frequency text        NOT NULL CHECK (alert_frequency IN ('INSTANT', 'DAILY', 'WEEKLY', 'NEVER')),
    language        text        NOT NULL CHECK (language IN ('da', 'en')),
    last_digest_at  timestamptz,
    changed_at      timestamptz,
    changed_by      text
);

-- A job order a person was found to fit, and what became of telling them: WAITING for their digest,
-- QUEUED in the outbox, SENT, FAILED, SUPPRESSED when it was about to leave, or DROPPED before
-- (the order closed, the person may no longer be told, they chose no alerts).
CREATE TABLE job_alert (
    person_id    uuid        NOT NULL,
    job_order_id uuid        NOT NULL,
    found_at     timestamptz NOT NULL,
    score        integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    status       text        NOT NULL CHECK (status IN ('WAITING', 'QUEUED', 'SENT', 'FAILED', 'HELD', 'SUPPRESSED', 'DROPPED')),
    reason       text        CHECK (length(reason) <= 100),
    outbox_id    uuid,
    settled_at   timestamptz,
    PRIMARY KEY (person_id, job_order_id)
);
CREATE INDEX job_alert_waiting ON job_alert (person_id) WHERE status = 'WAITING';
CREATE INDEX job_alert_outbox ON job_alert (outbox_id) WHERE outbox_id IS NOT NULL;

-- Job orders already looked at for alerts since they (re)opened.
CREATE TABLE job_alert_scan (
    job_order_id uuid        PRIMARY KEY,
    scanned_at   timestamptz NOT NULL,
    found        integer     NOT NULL
);

-- Objections to direct marketing (Art. 21(3)): absolute, so kept by a keyed hash of the address
-- that outlives the person's record and stops marketing to the same address if it registers again.
CREATE TABLE marketing_suppression (
    address_hash bytea       PRIMARY KEY,
    person_id    uuid,
    since        timestamptz NOT NULL,
    channel      text        NOT NULL CHECK (channel IN ('PORTAL', 'WEBSITE', 'EMAIL', 'LETTER', 'PHONE', 'IN_PERSON')),
    recorded_by  text        NOT NULL
);
CREATE INDEX marketing_suppression_person ON marketing_suppression (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE campaign (
    id              uuid        PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    subject_da      text        NOT NULL CHECK (length(subject_da) BETWEEN 1 AND 150),
    text_da         text        NOT NULL CHECK (length(text_da) BETWEEN 1 AND 10000),
    subject_en      text        NOT NULL CHECK (length(subject_en) BETWEEN 1 AND 150),
    text_en         text        NOT NULL CHECK (length(text_en) BETWEEN 1 AND 10000),
    audience_kind   text        CHECK (audience_kind IN ('CANDIDATE', 'EMPLOYEE', 'BUSINESS_CONTACT')),
    audience_city   text        CHECK (length(audience_city) <= 80),
    audience_skills text[]      NOT NULL DEFAULT '{}',
    status          text        NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'SENT', 'CANCELLED')),
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    send_started_at timestamptz,
    send_started_by text,
    fanout_after    uuid,
    fanout_done     boolean     NOT NULL DEFAULT false,
    finished_at     timestamptz
);
CREATE INDEX campaign_sending ON campaign (send_started_at) WHERE status = 'SENDING';

CREATE TABLE campaign_recipient (
    campaign_id uuid        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    person_id   uuid        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'HELD', 'SUPPRESSED')),
    reason      text        CHECK (length(reason) <= 100),
    outbox_id   uuid        UNIQUE,
    decided_at  timestamptz NOT NULL,
    settled_at  timestamptz,
    PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX campaign_recipient_person ON campaign_recipient (person_id);
CREATE INDEX campaign_recipient_queued ON campaign_recipient (campaign_id) WHERE status = 'QUEUED';

GRANT SELECT, INSERT, UPDATE, DELETE ON outreach_secret, mail_preference, job_alert, job_alert_scan,
    marketing_suppression, campaign, campaign_recipient TO "${approle}";

COMMENT ON TABLE outreach_secret IS 'The sealed key that signs unsubscribe links';
COMMENT ON COLUMN outreach_secret.name IS 'technical';
COMMENT ON COLUMN outreach_secret.sealed IS 'technical: a random key, encrypted';
COMMENT ON COLUMN outreach_secret.created_at IS 'technical';
COMMENT ON TABLE mail_preference IS 'How often a person wants job alerts and in which language';
COMMENT ON COLUMN mail_preference.person_id IS 'technical: whose, as a random id';
COMMENT ON COLUMN mail_preference.alert_frequency IS 'P-DATA-REL: the person''s choice';
COMMENT ON COLUMN mail_preference.language IS 'P-DATA-REL: the person''s choice';
COMMENT ON COLUMN mail_preference.last_digest_at IS 'P-DATA-REL: when the last digest of job alerts went';
COMMENT ON COLUMN mail_preference.changed_at IS 'P-DATA-REL';
COMMENT ON COLUMN mail_preference.changed_by IS 'P-STAFF-1: who changed it (the person, staff or an unsubscribe link)';
COMMENT ON TABLE job_alert IS 'A job order a candidate fits, and what became of telling them';
COMMENT ON COLUMN job_alert.person_id IS 'technical: whom, as a random id';
COMMENT ON COLUMN job_alert.job_order_id IS 'technical: which job order';
COMMENT ON COLUMN job_alert.found_at IS 'P-DATA-REL';
COMMENT ON COLUMN job_alert.score IS 'P-DATA-REL: how well the profile fits (0 to 100)';
COMMENT ON COLUMN job_alert.status IS 'P-DATA-REL';
COMMENT ON COLUMN job_alert.reason IS 'P-DATA-REL: why it was not sent, as a code';
COMMENT ON COLUMN job_alert.outbox_id IS 'technical';
COMMENT ON COLUMN job_alert.settled_at IS 'P-DATA-REL';
COMMENT ON TABLE job_alert_scan IS 'Job orders looked at for alerts';
COMMENT ON COLUMN job_alert_scan.job_order_id IS 'technical';
COMMENT ON COLUMN job_alert_scan.scanned_at IS 'technical';
COMMENT ON COLUMN job_alert_scan.found IS 'technical: how many fitting candidates were found';
COMMENT ON TABLE marketing_suppression IS 'Objections to direct marketing, by keyed hash of the address';
COMMENT ON COLUMN marketing_suppression.address_hash IS 'P-DATA-REL: HMAC of the e-mail address, not reversible without the sealed key';
COMMENT ON COLUMN marketing_suppression.person_id IS 'technical: whose, while their record exists';
COMMENT ON COLUMN marketing_suppression.since IS 'P-DATA-REL';
COMMENT ON COLUMN marketing_suppression.channel IS 'P-DATA-REL';
COMMENT ON COLUMN marketing_suppression.recorded_by IS 'P-STAFF-1';
COMMENT ON TABLE campaign IS 'A newsletter or campaign: texts, audience criteria, sending state (no personal data)';
COMMENT ON COLUMN campaign.id IS 'technical';
COMMENT ON COLUMN campaign.name IS 'technical: the staff''s name for it';
COMMENT ON COLUMN campaign.subject_da IS 'technical: the same text to everyone';
COMMENT ON COLUMN campaign.text_da IS 'technical: the same text to everyone';
COMMENT ON COLUMN campaign.subject_en IS 'technical: the same text to everyone';
COMMENT ON COLUMN campaign.text_en IS 'technical: the same text to everyone';
COMMENT ON COLUMN campaign.audience_kind IS 'technical';
COMMENT ON COLUMN campaign.audience_city IS 'technical';
COMMENT ON COLUMN campaign.audience_skills IS 'technical';
COMMENT ON COLUMN campaign.status IS 'technical';
COMMENT ON COLUMN campaign.created_at IS 'technical';
COMMENT ON COLUMN campaign.created_by IS 'P-STAFF-1';
COMMENT ON COLUMN campaign.send_started_at IS 'technical';
COMMENT ON COLUMN campaign.send_started_by IS 'P-STAFF-1';
COMMENT ON COLUMN campaign.fanout_after IS 'technical: how far the recipients were found';
COMMENT ON COLUMN campaign.fanout_done IS 'technical';
COMMENT ON COLUMN campaign.finished_at IS 'technical';
COMMENT ON TABLE campaign_recipient IS 'A campaign''s record per recipient: sent, failed or suppressed and why';
COMMENT ON COLUMN campaign_recipient.campaign_id IS 'technical';
COMMENT ON COLUMN campaign_recipient.person_id IS 'technical: whom, as a random id';
COMMENT ON COLUMN campaign_recipient.status IS 'P-DATA-REL';
COMMENT ON COLUMN campaign_recipient.reason IS 'P-DATA-REL: why it was not sent, as a code';
COMMENT ON COLUMN campaign_recipient.outbox_id IS 'technical';
COMMENT ON COLUMN campaign_recipient.decided_at IS 'P-DATA-REL';
COMMENT ON COLUMN campaign_recipient.settled_at IS 'P-DATA-REL';
