-- What other modules may read of the person table, for lists that join it: a view is the person
-- module's published read model, so the table itself can change behind it.
CREATE VIEW person_directory AS
SELECT id, kind, given_name, family_name, email, city, postcode, registered_at, last_contact_at, unregistered_at
FROM person;

-- Every contact with a person: each moves the last-contact date, which starts the retention clock.
CREATE TABLE contact_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   uuid        NOT NULL REFERENCES person (id),
    kind        text        NOT NULL CHECK (kind IN ('REGISTRATION', 'CALL', 'EMAIL', 'MEETING', 'APPLICATION', 'PORTAL_LOGIN')),
    occurred_at timestamptz NOT NULL,
    recorded_by text        NOT NULL,
    note        text        CHECK (length(note) <= 500)
);
CREATE INDEX contact_event_person ON contact_event (person_id, occurred_at DESC);

COMMENT ON COLUMN contact_event.id IS 'technical';
COMMENT ON COLUMN contact_event.person_id IS 'technical: whose contact, as a random id';
COMMENT ON COLUMN contact_event.kind IS 'P-DATA-REL: how we were in contact';
COMMENT ON COLUMN contact_event.occurred_at IS 'P-DATA-REL';
COMMENT ON COLUMN contact_event.recorded_by IS 'P-STAFF-1';
COMMENT ON COLUMN contact_event.note IS 'P-DATA-REL: a short note on the contact';
