-- Mail the agency sends on its own initiative (job alerts, campaigns) is bulk: it waits behind the
-- mail people are waiting for (a sign-in link), leaves at a limited rate, carries an unsubscribe
-- link in the List-Unsubscribe header (RFC 8058), and is checked once more just before it leaves:
-- a mail whose recipient withdrew, objected or unregistered meanwhile is suppressed, with the reason.
ALTER TABLE notification_outbox ADD COLUMN bulk boolean NOT NULL DEFAULT false;
ALTER TABLE notification_outbox ADD COLUMN list_unsubscribe text CHECK (length(list_unsubscribe) <= 500);
ALTER TABLE notification_outbox ADD COLUMN suppressed_reason text CHECK (length(suppressed_reason) <= 100);
ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_status_check;
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_status_check
    CHECK (status IN ('PENDING', 'SENT', 'HELD', 'FAILED', 'SUPPRESSED'));

DROP INDEX notification_outbox_due;
CREATE INDEX notification_outbox_due ON notification_outbox (bulk, next_attempt_at) WHERE status = 'PENDING';
-- The rate limit counts the bulk mail sent in the last minute.
CREATE INDEX notification_outbox_bulk_sent ON notification_outbox (sent_at) WHERE bulk AND status = 'SENT';

COMMENT ON COLUMN notification_outbox.bulk IS 'technical: sent on the agency''s initiative, at a limited rate';
COMMENT ON COLUMN notification_outbox.list_unsubscribe IS 'technical: the one-click unsubscribe address (a signed token, no readable data)';
COMMENT ON COLUMN notification_outbox.suppressed_reason IS 'technical: why a bulk mail was not sent after all, as a code';
