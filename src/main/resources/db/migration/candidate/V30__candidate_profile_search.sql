-- Matching (T4, placement helper): the words of a candidate's profile, searchable like the words of
-- their documents. Headline, summary, skills and the titles of education and work experience; never
-- next of kin, references or unemployment. Kept by PostgreSQL itself (a generated column), so no
-- code path can forget it, and erased with the profile.
CREATE FUNCTION candidate_profile_words(headline text, summary text, skills text[], education jsonb, experience jsonb)
    RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector('simple', coalesce(headline, '') || ' ' || array_to_string(skills, ' ')), 'A')
    || setweight(to_tsvector('simple', coalesce(jsonb_path_query_array(experience, '$[*].title')::text, '') || ' '
                                       || coalesce(jsonb_path_query_array(education, '$[*].programme')::text, '')), 'B')
    || setweight(to_tsvector('simple', coalesce(summary, '')), 'C');

ALTER TABLE candidate ADD COLUMN profile_search tsvector
    GENERATED ALWAYS AS (candidate_profile_words(headline, summary, skills, education, experience)) STORED;
CREATE INDEX candidate_profile_search ON candidate USING gin (profile_search);
-- Matching reads only candidates who confirmed their address; most of the table, but the planner
-- should know the column is there to filter on.
CREATE INDEX candidate_confirmed ON candidate (person_id) WHERE email_confirmed_at IS NOT NULL;
-- Languages are looked up by language first when a job order asks for one.
CREATE INDEX candidate_language_by_language ON candidate_language (language, level, person_id);

COMMENT ON COLUMN candidate.profile_search IS 'P-DATA-2: words of headline, summary, skills, education and experience titles, for search';
