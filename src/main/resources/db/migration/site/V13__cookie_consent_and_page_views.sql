-- Proof of each cookie choice made on the website: which banner (version) was shown and what the
-- visitor allowed. The visitor is known only by the random id in their tillid_consent cookie.
CREATE TABLE cookie_consent (
    id             uuid        PRIMARY KEY,
    banner_version text        NOT NULL CHECK (banner_version ~ '^[0-9a-f]{12}$'),
    allowed        text[]      NOT NULL,
    decided_at     timestamptz NOT NULL,
    replaces       uuid
);
CREATE INDEX cookie_consent_decided ON cookie_consent (decided_at);
-- A choice is a fact: a new choice is a new row.
REVOKE UPDATE ON cookie_consent FROM "${approle}";

-- The self-hosted statistics: one row per page view, only from visitors who said yes to statistics.
CREATE TABLE page_view (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    viewed_at     timestamptz NOT NULL,
    path          text        NOT NULL CHECK (length(path) <= 100),
    referrer_host text        CHECK (length(referrer_host) <= 253),
    visitor       text        NOT NULL CHECK (visitor ~ '^[A-Za-z0-9_-]{22}$'),
    network       text        CHECK (length(network) <= 50),
    device        text        NOT NULL CHECK (device IN ('DESKTOP', 'MOBILE', 'TABLET')),
    system        text        NOT NULL CHECK (length(system) <= 20)
);
CREATE INDEX page_view_viewed ON page_view (viewed_at);
CREATE INDEX page_view_visitor ON page_view (visitor);
REVOKE UPDATE ON page_view FROM "${approle}";

COMMENT ON COLUMN cookie_consent.id IS 'P-DATA-12: random id held in the visitor''s tillid_consent cookie';
COMMENT ON COLUMN cookie_consent.banner_version IS 'technical: which cookie banner was shown';
COMMENT ON COLUMN cookie_consent.allowed IS 'P-DATA-12: the purposes the visitor allowed';
COMMENT ON COLUMN cookie_consent.decided_at IS 'P-DATA-12';
COMMENT ON COLUMN cookie_consent.replaces IS 'P-DATA-12: the same browser''s earlier choice';
COMMENT ON COLUMN page_view.id IS 'technical';
COMMENT ON COLUMN page_view.viewed_at IS 'P-DATA-12';
COMMENT ON COLUMN page_view.path IS 'P-DATA-12: a public page, never an address with an id';
COMMENT ON COLUMN page_view.referrer_host IS 'P-DATA-12: the referring site''s host name only';
COMMENT ON COLUMN page_view.visitor IS 'P-DATA-12: random id of the tillid_stats cookie';
COMMENT ON COLUMN page_view.network IS 'P-DATA-12: IP address shortened to its network (IPv4 /24, IPv6 /48)';
COMMENT ON COLUMN page_view.device IS 'P-DATA-12: desktop, mobile or tablet';
COMMENT ON COLUMN page_view.system IS 'P-DATA-12: operating system family';
