-- The text of a mail about a person (a profile sent to a client, a criminal record extract) is
-- sealed with that person's key: unreadable in the table, in backups and after erasure, which
-- destroys the key. Mail to no known person keeps its text in body, as before.
ALTER TABLE notification_outbox ADD COLUMN sealed_body bytea;
COMMENT ON COLUMN notification_outbox.sealed_body IS 'P-DATA-1: the text of a mail about a person, encrypted with their key (it may hold any category the mail discloses)';
