-- A placement: a candidate proposed to a client for a job order, and what became of it. Proposed,
-- then accepted or rejected by the client (or withdrawn by the agency); an accepted one becomes an
-- assignment when the person starts work (an employment in the employment module) and ends when it
-- ends. The job order, client and employment live in other modules: plain ids, no foreign keys.
CREATE TABLE placement (
    id              uuid          PRIMARY KEY,
    job_order_id    uuid          NOT NULL,
    client_id       uuid          NOT NULL,
    person_id       uuid          NOT NULL REFERENCES person (id),
    contact_id      uuid          REFERENCES person (id),
    status          text          NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'STARTED', 'ENDED')),
    proposed_at     timestamptz   NOT NULL,
    proposed_by     text          NOT NULL,
    decided_at      timestamptz,
    employment_id   uuid,
    assignment_id   uuid          UNIQUE,
    started_on      date,
    hourly_pay      numeric(10,2) CHECK (hourly_pay > 0),
    hours_recorded  numeric(10,2) NOT NULL DEFAULT 0 CHECK (hours_recorded >= 0),
    ended_on        date,
    version         integer       NOT NULL DEFAULT 0,
    CHECK (ended_on IS NULL OR started_on IS NOT NULL AND ended_on >= started_on)
);
CREATE INDEX placement_job_order ON placement (job_order_id, status);
CREATE INDEX placement_person ON placement (person_id);
CREATE INDEX placement_open ON placement (proposed_at DESC) WHERE status IN ('PROPOSED', 'ACCEPTED', 'STARTED');
-- One standing proposal per person and job order; a rejected or withdrawn one may be made again.
CREATE UNIQUE INDEX placement_one_standing ON placement (job_order_id, person_id)
    WHERE status IN ('PROPOSED', 'ACCEPTED', 'STARTED');

COMMENT ON TABLE placement IS 'Proposals of candidates to clients, placements and assignments';
COMMENT ON COLUMN placement.id IS 'technical';
COMMENT ON COLUMN placement.job_order_id IS 'technical: the job order (client module)';
COMMENT ON COLUMN placement.client_id IS 'technical: the client company (client module)';
COMMENT ON COLUMN placement.person_id IS 'P-DATA-REL: who was proposed, as a random id';
COMMENT ON COLUMN placement.contact_id IS 'P-DATA-REL: the business contact the profile went to (null once they are erased)';
COMMENT ON COLUMN placement.status IS 'P-DATA-REL: proposed, accepted, rejected, withdrawn, started, ended';
COMMENT ON COLUMN placement.proposed_at IS 'P-DATA-REL';
COMMENT ON COLUMN placement.proposed_by IS 'P-STAFF-1: the recruiter who proposed';
COMMENT ON COLUMN placement.decided_at IS 'P-DATA-REL: when the client accepted or rejected, or it was withdrawn';
COMMENT ON COLUMN placement.employment_id IS 'technical: the employment (employment module)';
COMMENT ON COLUMN placement.assignment_id IS 'technical: the assignment, as timesheet lines name it';
COMMENT ON COLUMN placement.started_on IS 'P-DATA-9: first day of the assignment';
COMMENT ON COLUMN placement.hourly_pay IS 'P-DATA-9: agreed hourly pay';
COMMENT ON COLUMN placement.hours_recorded IS 'P-DATA-9: hours recorded so far (the lines are in the employment module)';
COMMENT ON COLUMN placement.ended_on IS 'P-DATA-9: last day of the assignment';
COMMENT ON COLUMN placement.version IS 'technical: optimistic locking';
