-- The e-mail outbox: a mail is queued in the transaction that decides to send it, so nothing leaves
-- when that transaction rolls back, and sent after the commit. Bodies hold personal data and
-- confirmation links; a scheduled purge deletes rows a few days after they are settled.
CREATE TABLE notification_outbox (
    id              uuid        PRIMARY KEY,
    subject         uuid,
    kind            text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z0-9_]{0,49}$'),
    recipient       text        NOT NULL CHECK (length(recipient) <= 254),
    subject_line    text        NOT NULL CHECK (length(subject_line) <= 200),
    body            text        NOT NULL CHECK (length(body) <= 20000),
    created_at      timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'HELD', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text        CHECK (length(last_error) <= 500)
);
-- The sender claims due rows; the admin page lists what is not sent; export and erasure find a person's.
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_outbox_undelivered ON notification_outbox (created_at) WHERE status <> 'SENT';
CREATE INDEX notification_outbox_subject ON notification_outbox (subject) WHERE subject IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON notification_outbox TO "${approle}";

COMMENT ON TABLE notification_outbox IS 'E-mail waiting to be sent, or sent within the last days';
COMMENT ON COLUMN notification_outbox.id IS 'technical';
COMMENT ON COLUMN notification_outbox.subject IS 'technical: whom the mail is about, as a random id (none for mail to no known person)';
COMMENT ON COLUMN notification_outbox.kind IS 'technical: which kind of mail, e.g. EMAIL_CONFIRMATION';
COMMENT ON COLUMN notification_outbox.recipient IS 'P-DATA-1: the e-mail address written to';
COMMENT ON COLUMN notification_outbox.subject_line IS 'P-DATA-1: the subject line, which may name the person';
COMMENT ON COLUMN notification_outbox.body IS 'P-DATA-1: the text of the mail, which may hold a confirmation link';
COMMENT ON COLUMN notification_outbox.created_at IS 'technical';
COMMENT ON COLUMN notification_outbox.status IS 'technical';
COMMENT ON COLUMN notification_outbox.attempts IS 'technical';
COMMENT ON COLUMN notification_outbox.next_attempt_at IS 'technical';
COMMENT ON COLUMN notification_outbox.sent_at IS 'technical';
COMMENT ON COLUMN notification_outbox.last_error IS 'technical: the exception class only, never its message';
