-- Failed staff logins of the last minutes, for throttling guessing across every instance: per
-- account (by a hash of the name tried, which may be no account at all) and per network.
CREATE TABLE login_failure (
    id           bigserial   PRIMARY KEY,
    account_hash text        NOT NULL,
    network      text        NOT NULL,
    failed_at    timestamptz NOT NULL
);

CREATE INDEX login_failure_account ON login_failure (account_hash, failed_at);
CREATE INDEX login_failure_network ON login_failure (network, failed_at);
CREATE INDEX login_failure_failed_at ON login_failure (failed_at);

COMMENT ON TABLE login_failure IS 'Failed staff logins within the throttling window; older rows are deleted';
COMMENT ON COLUMN login_failure.id IS 'technical';
COMMENT ON COLUMN login_failure.account_hash IS 'P-STAFF-1: SHA-256 of the user name tried (never the name or the password)';
COMMENT ON COLUMN login_failure.network IS 'P-DATA-12: IP address shortened to its network (IPv4 /24, IPv6 /48)';
COMMENT ON COLUMN login_failure.failed_at IS 'technical: when the attempt failed';
