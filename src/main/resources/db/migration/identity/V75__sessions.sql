-- Browser sessions in the database (Spring Session JDBC's schema for PostgreSQL), so that every
-- instance knows every session and ending one (logout, an account disabled) ends it everywhere.
-- A session holds who is signed in: a staff member (S-STAFF) or, in the portal, a person by id.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

COMMENT ON TABLE spring_session IS 'Signed-in browser sessions (staff and portal); deleted at logout or expiry';
COMMENT ON COLUMN spring_session.primary_id IS 'technical: stable key of the session row';
COMMENT ON COLUMN spring_session.session_id IS 'technical: the id the session cookie carries, renewed at sign-in';
COMMENT ON COLUMN spring_session.creation_time IS 'P-STAFF-1: when the session began (epoch ms)';
COMMENT ON COLUMN spring_session.last_access_time IS 'P-STAFF-1: last request of the session, for the idle timeout';
COMMENT ON COLUMN spring_session.max_inactive_interval IS 'technical: idle timeout in seconds';
COMMENT ON COLUMN spring_session.expiry_time IS 'technical: when the idle session is removed';
COMMENT ON COLUMN spring_session.principal_name IS 'P-STAFF-1: user name of the signed-in staff member, or the person id of a portal session';
COMMENT ON TABLE spring_session_attributes IS 'What a session holds: the sign-in (authentication), CSRF token, sign-in time';
COMMENT ON COLUMN spring_session_attributes.session_primary_id IS 'technical';
COMMENT ON COLUMN spring_session_attributes.attribute_name IS 'technical';
COMMENT ON COLUMN spring_session_attributes.attribute_bytes IS 'P-STAFF-1: serialised authentication of the staff member or portal person (no password)';
