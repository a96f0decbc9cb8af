-- A mail to someone whose data is being erased (the receipt that tells them what was deleted) must
-- not leave their address behind: such a row is deleted as soon as the mail is sent.
ALTER TABLE notification_outbox ADD COLUMN forget_when_sent boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN notification_outbox.forget_when_sent IS 'technical: delete the whole row once sent';
