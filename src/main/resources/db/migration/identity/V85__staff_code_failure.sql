-- Wrong second-factor codes per account, whichever session typed them: a password alone must not buy
-- unlimited guesses by signing in again after each few. Kept for the throttle's window only.
CREATE TABLE staff_code_failure (
    account_id  uuid        NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    failed_at   timestamptz NOT NULL
);
CREATE INDEX staff_code_failure_account ON staff_code_failure (account_id, failed_at);

COMMENT ON TABLE staff_code_failure IS 'Wrong second-factor codes of staff accounts (T7 review)';
COMMENT ON COLUMN staff_code_failure.account_id IS 'technical: the staff account';
COMMENT ON COLUMN staff_code_failure.failed_at IS 'P-STAFF-1: when a wrong code was typed';
