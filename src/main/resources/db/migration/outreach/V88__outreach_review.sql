-- Review of T8. (1) An objection belongs to the person while they are held: one row per person,
-- never reassigned to someone else who shares or later gets the address; at erasure the row is
-- unlinked and keeps the hash of the address they had then, which alone stops marketing to it.
ALTER TABLE marketing_suppression DROP CONSTRAINT marketing_suppression_pkey;
ALTER TABLE marketing_suppression ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE UNIQUE INDEX marketing_suppression_one_per_person ON marketing_suppression (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX marketing_suppression_address ON marketing_suppression (address_hash) WHERE person_id IS NULL;
DROP INDEX marketing_suppression_person;
COMMENT ON COLUMN marketing_suppression.id IS 'technical';
COMMENT ON COLUMN marketing_suppression.address_hash IS 'P-DATA-REL: HMAC of the e-mail address the objection was made from (or last held by the person), not reversible without the sealed key';

-- (2) Skills are CV data (P-DATA-2), which marketing (P-PUR-2) may not use: no audience by skills.
ALTER TABLE campaign DROP COLUMN audience_skills;

-- (3) A reason may be an exception's class names (a failed mail): as long as the outbox's.
ALTER TABLE campaign_recipient DROP CONSTRAINT campaign_recipient_reason_check;
ALTER TABLE campaign_recipient ADD CONSTRAINT campaign_recipient_reason_check CHECK (length(reason) <= 500);
ALTER TABLE job_alert DROP CONSTRAINT job_alert_reason_check;
ALTER TABLE job_alert ADD CONSTRAINT job_alert_reason_check CHECK (length(reason) <= 500);

COMMENT ON COLUMN notification_outbox.list_unsubscribe IS 'technical: the one-click unsubscribe address (a signed token holding the person''s random id); cleared once the mail is settled';
