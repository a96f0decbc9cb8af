package dk.tillid.candidate;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ranking as it was defined before the read model (commit 0f695b5): every candidate with one of
 * the skills scored in full, from the candidate, person directory, languages and CVs. The benchmark
 * checks that matching returns exactly its page.
 */
public final class MatchingReference {

    private MatchingReference() {
    }

    private static final String ORIGINAL = """
            WITH q AS (SELECT CASE WHEN CAST(:query AS text) IS NULL THEN NULL
                                   ELSE to_tsquery('simple', CAST(:query AS text)) END AS tsq,
                              CASE WHEN CAST(:everyWord AS text) IS NULL THEN NULL
                                   ELSE to_tsquery('simple', CAST(:everyWord AS text)) END AS every_word),
            parts AS (
              SELECT c.person_id, p.given_name, p.family_name, p.city, c.headline, c.available_from, c.work_type,
                ARRAY(SELECT s FROM unnest(c.skills) s WHERE s = ANY(CAST(:skills AS text[]))) AS matched,
                ARRAY(SELECT l.language || ':' || l.level FROM candidate_language l
                      WHERE l.person_id = c.person_id AND l.language = ANY(CAST(:langs AS text[]))) AS levels,
                (SELECT count(*) FROM candidate_language l
                   JOIN unnest(CAST(:langs AS text[]), CAST(:minRanks AS int[])) r(language, min_rank) ON r.language = l.language
                 WHERE l.person_id = c.person_id
                   AND array_position(ARRAY['A1','A2','B1','B2','C1','C2','NATIVE'], l.level) >= r.min_rank) AS languages_met,
                CASE WHEN CAST(:city AS text) IS NULL AND CAST(:postcode AS text) IS NULL THEN 'ANYWHERE'
                     WHEN lower(p.city) = lower(CAST(:city AS text)) OR p.postcode = CAST(:postcode AS text) THEN 'SAME_CITY'
                     WHEN lower(c.preferred_area) = lower(CAST(:city AS text)) THEN 'PREFERRED_AREA'
                     WHEN left(p.postcode, 2) = left(CAST(:postcode AS text), 2) THEN 'NEARBY'
                     WHEN left(p.postcode, 1) = left(CAST(:postcode AS text), 1) THEN 'REGION'
                     ELSE 'FAR' END AS location,
                CASE WHEN c.available_from IS NULL OR CAST(:start AS date) IS NULL
                          OR c.available_from <= CAST(:start AS date) THEN 'IN_TIME'
                     WHEN c.available_from <= CAST(:start AS date) + 14 THEN 'SOON_AFTER'
                     ELSE 'LATER' END AS availability,
                (CAST(:workType AS text) IS NULL OR c.work_type IN ('EITHER', CAST(:workType AS text))) AS work_type_fits,
                coalesce(ts_rank(c.profile_search, q.tsq), 0) + coalesce(cv.rank, 0) AS text_rank
              FROM candidate c
              CROSS JOIN q
              JOIN person_directory p ON p.id = c.person_id
              LEFT JOIN LATERAL (SELECT max(ts_rank(d.search, q.tsq)) AS rank FROM document_cv_words d
                                 WHERE d.person_id = c.person_id AND d.search @@ q.tsq) cv ON true
              WHERE %s
                AND c.email_confirmed_at IS NOT NULL AND p.unregistered_at IS NULL AND NOT p.restricted),
            scored AS (
              SELECT parts.*,
                (%d * CASE WHEN :skillCount = 0 THEN 1 ELSE cardinality(matched)::numeric / :skillCount END
                 + %d * CASE WHEN :languageCount = 0 THEN 1 ELSE languages_met::numeric / :languageCount END
                 + %d * CASE location WHEN 'FAR' THEN 0 WHEN 'REGION' THEN 0.3 WHEN 'NEARBY' THEN 0.6 ELSE 1 END
                 + %d * CASE availability WHEN 'IN_TIME' THEN 1 WHEN 'SOON_AFTER' THEN 0.5 ELSE 0 END
                 + %d * CASE WHEN work_type_fits THEN 1 ELSE 0 END
                 + %d * text_rank / (text_rank + 0.1)) AS score
              FROM parts)
            SELECT * FROM scored ORDER BY score DESC, person_id LIMIT :limit OFFSET :offset""";

    /** "person_id score" of the page, best first, by the original statement over the widest pool. */
    public static List<String> page(JdbcClient jdbc, MatchCriteria criteria, int offset, int limit) {
        String pool = criteria.skills().isEmpty() ? "true" : "c.skills && CAST(:skills AS text[])";
        String sql = ORIGINAL.formatted(pool, MatchQuery.SKILLS, MatchQuery.LANGUAGES, MatchQuery.LOCATION,
                MatchQuery.AVAILABILITY, MatchQuery.WORK_TYPE, MatchQuery.TEXT);
        Map<String, Object> values = new HashMap<>();
        values.put("query", criteria.textQuery());
        values.put("everyWord", criteria.everyWordQuery());
        values.put("skills", criteria.skills().toArray(String[]::new));
        values.put("skillCount", criteria.skills().size());
        values.put("langs", criteria.languages().stream().map(MatchCriteria.LanguageRequirement::language).toArray(String[]::new));
        values.put("minRanks", criteria.languages().stream().map(r -> r.level().ordinal() + 1).toArray(Integer[]::new));
        values.put("languageCount", criteria.languages().size());
        values.put("city", criteria.city());
        values.put("postcode", criteria.postcode());
        values.put("start", criteria.start() == null ? null : Date.valueOf(criteria.start()));
        values.put("workType", criteria.workType() == null ? null : criteria.workType().name());
        values.put("limit", limit);
        values.put("offset", offset);
        return jdbc.sql(sql).params(values).query((rs, n) -> rs.getObject("person_id") + " " + Math.round(rs.getDouble("score")))
                .list();
    }
}
