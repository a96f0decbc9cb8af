-- The application role reads and writes data but owns nothing: what a migration makes read-only for
-- it (the audit trail) stays read-only. ${approle} is the application's database user.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${approle}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${approle}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${approle}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${approle}";

-- The migration history is the owner's business (unless owner and application are one role).
DO $$
BEGIN
    IF current_user <> '${approle}' THEN
        EXECUTE 'REVOKE ALL ON flyway_schema_history FROM "${approle}"';
    END IF;
END
$$;
