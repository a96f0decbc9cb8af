-- Matching's read model (T4 performance): one narrow row per candidate who may be matched right now
-- (e-mail confirmed, not unregistered, processing not restricted), holding every input of the score
-- but the text rank, so ranking reads one small row per candidate instead of the wide candidate row,
-- the person, the restrictions and the languages of each. A candidate who may not be matched has
-- no row at all: leaving them out cannot be forgotten by a query.
--
-- Kept by PostgreSQL itself, in the transaction of every change to its inputs (statement triggers,
-- so a COPY of 100,000 rows costs one set-based refresh), so no code path can forget it. The
-- triggers run as the application role, which has DML on this table like on every other.
CREATE TABLE candidate_match (
    person_id      uuid   PRIMARY KEY REFERENCES candidate (person_id) ON DELETE CASCADE,
    skills         text[] NOT NULL,
    languages      text[] NOT NULL,
    city           text,
    postcode       text,
    preferred_area text,
    available_from date,
    work_type      text   NOT NULL
);
CREATE INDEX candidate_match_skills ON candidate_match USING gin (skills);

COMMENT ON TABLE candidate_match IS 'Matching read model: the score inputs of each candidate who may be matched, kept by triggers';
COMMENT ON COLUMN candidate_match.person_id IS 'technical: the candidate, as a random id';
COMMENT ON COLUMN candidate_match.skills IS 'P-DATA-2: copy of candidate.skills';
COMMENT ON COLUMN candidate_match.languages IS 'P-DATA-2: language skills, as language:level (da:C1)';
COMMENT ON COLUMN candidate_match.city IS 'P-DATA-1: copy of the person''s city';
COMMENT ON COLUMN candidate_match.postcode IS 'P-DATA-1: copy of the person''s postcode';
COMMENT ON COLUMN candidate_match.preferred_area IS 'P-DATA-2: copy of candidate.preferred_area';
COMMENT ON COLUMN candidate_match.available_from IS 'P-DATA-2: copy of candidate.available_from';
COMMENT ON COLUMN candidate_match.work_type IS 'P-DATA-2: copy of candidate.work_type';

-- Recomputes the rows of these people from the sources: the candidate, the person directory (which
-- says whether the person is unregistered or restricted) and the languages.
CREATE FUNCTION candidate_match_refresh(ids uuid[]) RETURNS void
    LANGUAGE sql
AS $$
    DELETE FROM candidate_match WHERE person_id = ANY (ids);
    INSERT INTO candidate_match (person_id, skills, languages, city, postcode, preferred_area, available_from, work_type)
    SELECT c.person_id, c.skills,
           ARRAY(SELECT l.language || ':' || l.level FROM candidate_language l WHERE l.person_id = c.person_id),
           p.city, p.postcode, c.preferred_area, c.available_from, c.work_type
    FROM candidate c
    JOIN person_directory p ON p.id = c.person_id
    WHERE c.person_id = ANY (ids)
      AND c.email_confirmed_at IS NOT NULL AND p.unregistered_at IS NULL AND NOT p.restricted;
$$;

CREATE FUNCTION candidate_match_new_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM candidate_match_refresh(ARRAY(SELECT DISTINCT n.person_id FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE FUNCTION candidate_match_old_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM candidate_match_refresh(ARRAY(SELECT DISTINCT o.person_id FROM old_rows o));
    RETURN NULL;
END
$$;

-- The person table names its key id, not person_id.
CREATE FUNCTION candidate_match_person_rows() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM candidate_match_refresh(ARRAY(SELECT n.id FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE TRIGGER candidate_match_on_candidate_insert AFTER INSERT ON candidate
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();
CREATE TRIGGER candidate_match_on_candidate_update AFTER UPDATE ON candidate
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();

CREATE TRIGGER candidate_match_on_language_insert AFTER INSERT ON candidate_language
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();
CREATE TRIGGER candidate_match_on_language_update AFTER UPDATE ON candidate_language
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();
CREATE TRIGGER candidate_match_on_language_delete AFTER DELETE ON candidate_language
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_old_rows();

CREATE TRIGGER candidate_match_on_person_update AFTER UPDATE ON person
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_person_rows();

CREATE TRIGGER candidate_match_on_restriction_insert AFTER INSERT ON processing_restriction
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();
CREATE TRIGGER candidate_match_on_restriction_update AFTER UPDATE ON processing_restriction
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_new_rows();
CREATE TRIGGER candidate_match_on_restriction_delete AFTER DELETE ON processing_restriction
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_match_old_rows();

-- Whoever is a candidate already.
DO $$
BEGIN
    PERFORM candidate_match_refresh(ARRAY(SELECT person_id FROM candidate));
END
$$;
