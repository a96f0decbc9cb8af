-- A candidate: what the policy lists at registration beyond identity and contact data (P-DATA-2..6).
-- Sections the agency reads as a whole are JSON documents, each column its own data category;
-- what matching searches (skills, languages, area, availability) is in plain, indexed columns.
CREATE TABLE candidate (
    person_id          uuid        PRIMARY KEY REFERENCES person (id),
    headline           text        CHECK (length(headline) <= 200),
    summary            text        CHECK (length(summary) <= 5000),
    skills             text[]      NOT NULL DEFAULT '{}',
    work_type          text        NOT NULL CHECK (work_type IN ('PERMANENT', 'TEMPORARY', 'EITHER')),
    preferred_area     text        CHECK (length(preferred_area) <= 100),
    available_from     date,
    education          jsonb       NOT NULL DEFAULT '[]',
    experience         jsonb       NOT NULL DEFAULT '[]',
    courses            jsonb       NOT NULL DEFAULT '[]',
    unemployment       jsonb,
    next_of_kin        jsonb       NOT NULL DEFAULT '[]',
    referees           jsonb       NOT NULL DEFAULT '[]',
    registered_via     text        NOT NULL CHECK (registered_via IN ('WEBSITE', 'STAFF', 'BRANCH')),
    email_confirmed_at timestamptz,
    version            integer     NOT NULL DEFAULT 0
);
CREATE INDEX candidate_skills ON candidate USING gin (skills);

CREATE TABLE candidate_language (
    person_id uuid NOT NULL REFERENCES candidate (person_id),
    language  text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    level     text NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')),
    PRIMARY KEY (person_id, language)
);

COMMENT ON TABLE candidate IS 'Candidates: CV data, courses, unemployment, next of kin, references';
COMMENT ON COLUMN candidate.person_id IS 'technical: the person, as a random id';
COMMENT ON COLUMN candidate.headline IS 'P-DATA-2';
COMMENT ON COLUMN candidate.summary IS 'P-DATA-2';
COMMENT ON COLUMN candidate.skills IS 'P-DATA-2';
COMMENT ON COLUMN candidate.work_type IS 'P-DATA-2';
COMMENT ON COLUMN candidate.preferred_area IS 'P-DATA-2';
COMMENT ON COLUMN candidate.available_from IS 'P-DATA-2';
COMMENT ON COLUMN candidate.education IS 'P-DATA-2: education';
COMMENT ON COLUMN candidate.experience IS 'P-DATA-2: work experience and internships';
COMMENT ON COLUMN candidate.courses IS 'P-DATA-3: courses and tests with results';
COMMENT ON COLUMN candidate.unemployment IS 'P-DATA-4: unemployment, A-kasse, leave';
COMMENT ON COLUMN candidate.next_of_kin IS 'P-DATA-5: next of kin and their contact data';
COMMENT ON COLUMN candidate.referees IS 'P-DATA-6: references';
COMMENT ON COLUMN candidate.registered_via IS 'P-DATA-REL';
COMMENT ON COLUMN candidate.email_confirmed_at IS 'P-DATA-REL: active for matching only once confirmed';
COMMENT ON COLUMN candidate.version IS 'technical: optimistic locking';
COMMENT ON COLUMN candidate_language.person_id IS 'technical';
COMMENT ON COLUMN candidate_language.language IS 'P-DATA-2: language skills';
COMMENT ON COLUMN candidate_language.level IS 'P-DATA-2';
