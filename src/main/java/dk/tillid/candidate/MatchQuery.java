package dk.tillid.candidate;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of matching, in one statement. Candidates enter the pool by a required skill (GIN on
 * skills) or by a word of their profile or CV (GIN on the tsvectors); only active people (e-mail
 * confirmed, not unregistered, processing not restricted) are ranked: exactly those with a row in the
 * read model {@code candidate_match}, which triggers keep (V33). The CV words come from the document
 * module's published view {@code document_cv_words}, the person from {@code person_directory}.
 */
@Repository
class MatchQuery {

    /** Every part's weight; they add up to 100. */
    static final int SKILLS = 40;
    static final int LANGUAGES = 20;
    static final int LOCATION = 15;
    static final int AVAILABILITY = 10;
    static final int WORK_TYPE = 5;
    static final int TEXT = 10;

    /**
     * Who enters the pool. With skills asked for: everyone with at least {@code :minSkills} of them
     * ({@code @>} when all are needed, which the GIN index answers best). Without skills: everyone
     * whose profile or CV has all the words; without words either: every candidate.
     */
    enum Pool {
        ALL_SKILLS("m.skills @> CAST(:skills AS text[])"),
        SOME_SKILLS("m.skills && CAST(:skills AS text[])"),
        /** At least {@code :minSkills} of them, as one GIN {@code @>} lookup for each such choice of skills. */
        COMBINATIONS(null),
        WORDS("""
                m.person_id IN (SELECT c.person_id FROM candidate c WHERE c.profile_search @@ q.every_word
                                UNION ALL
                                SELECT d.person_id FROM document_cv_words d WHERE d.search @@ q.every_word)"""),
        EVERYONE("true");

        /** A condition on the read model row {@code m}: one scan of it, no join of it with itself. */
        private final String sql;

        Pool(String sql) {
            this.sql = sql;
        }
    }

    /*
     * In steps. (1) Every candidate of the pool gets the score without its text part, from the read
     * model candidate_match alone (one narrow row per candidate who may be matched), in float8: the
     * exact numeric sum costs microseconds a row, and the float differs from it by far less than the
     * 0.001 of slack below. (2) The text part is less than TEXT points, so nobody whose score without
     * it is more than TEXT below the k-th best such score (k = offset + limit) can reach the page:
     * "near" holds the others, with the exact numeric score without text. (3) The
     * k best of them by that score get their text rank (ts_rank of profile and CVs, the costly
     * part); the lowest of their full scores, the bar, is reached by k people, so again only who is
     * within TEXT below the bar can reach the page, and only they get a text rank. (4) The page,
     * then its names, headlines, matched skills and languages. The score is the very expression it
     * always was, added up in the same order, so the ranking is exactly that of scoring everyone.
     */
    private static final String SQL = """
            WITH q AS (SELECT CASE WHEN CAST(:query AS text) IS NULL THEN NULL
                                   ELSE to_tsquery('simple', CAST(:query AS text)) END AS tsq,
                              CASE WHEN CAST(:everyWord AS text) IS NULL THEN NULL
                                   ELSE to_tsquery('simple', CAST(:everyWord AS text)) END AS every_word),
            parts AS (
              SELECT m.person_id, m.skills, m.available_from, m.work_type,
                %s AS matched_count,
                %s AS languages_met,
                CASE WHEN CAST(:city AS text) IS NULL AND CAST(:postcode AS text) IS NULL THEN 'ANYWHERE'
                     WHEN lower(m.city) = lower(CAST(:city AS text)) OR m.postcode = CAST(:postcode AS text) THEN 'SAME_CITY'
                     WHEN lower(m.preferred_area) = lower(CAST(:city AS text)) THEN 'PREFERRED_AREA'
                     WHEN left(m.postcode, 2) = left(CAST(:postcode AS text), 2) THEN 'NEARBY'
                     WHEN left(m.postcode, 1) = left(CAST(:postcode AS text), 1) THEN 'REGION'
                     ELSE 'FAR' END AS location,
                CASE WHEN m.available_from IS NULL OR CAST(:start AS date) IS NULL
                          OR m.available_from <= CAST(:start AS date) THEN 'IN_TIME'
                     WHEN m.available_from <= CAST(:start AS date) + 14 THEN 'SOON_AFTER'
                     ELSE 'LATER' END AS availability,
                (CAST(:workType AS text) IS NULL OR m.work_type IN ('EITHER', CAST(:workType AS text))) AS work_type_fits
              FROM candidate_match m
              CROSS JOIN q
              WHERE %s
                -- The most this candidate could score (every part but skills and languages full) must
                -- reach the floor: a score that k people are known to reach.
                AND %d * CASE WHEN :skillCount = 0 THEN 1 ELSE (%s) / CAST(:skillCount AS float8) END
                    + %d * CASE WHEN :languageCount = 0 THEN 1 ELSE (%s) / CAST(:languageCount AS float8) END
                    + %d >= CAST(:floor AS float8) - 0.001),
            approximate AS MATERIALIZED (
              SELECT parts.*,
                %d * CASE WHEN :skillCount = 0 THEN 1 ELSE matched_count / CAST(:skillCount AS float8) END
                 + %d * CASE WHEN :languageCount = 0 THEN 1 ELSE languages_met / CAST(:languageCount AS float8) END
                 + %d * CASE location WHEN 'FAR' THEN 0 WHEN 'REGION' THEN 0.3::float8 WHEN 'NEARBY' THEN 0.6::float8 ELSE 1 END
                 + %d * CASE availability WHEN 'IN_TIME' THEN 1 WHEN 'SOON_AFTER' THEN 0.5::float8 ELSE 0 END
                 + %d * CASE WHEN work_type_fits THEN 1 ELSE 0 END AS approximate_score
              FROM parts
              WHERE matched_count >= :minSkills),
            cut AS (SELECT approximate_score FROM approximate ORDER BY approximate_score DESC
                    LIMIT 1 OFFSET CAST(:offset AS int) + CAST(:limit AS int) - 1),
            near AS MATERIALIZED (
              SELECT a.*,
                %d * CASE WHEN :skillCount = 0 THEN 1 ELSE matched_count::numeric / :skillCount END
                 + %d * CASE WHEN :languageCount = 0 THEN 1 ELSE languages_met::numeric / :languageCount END
                 + %d * CASE location WHEN 'FAR' THEN 0 WHEN 'REGION' THEN 0.3 WHEN 'NEARBY' THEN 0.6 ELSE 1 END
                 + %d * CASE availability WHEN 'IN_TIME' THEN 1 WHEN 'SOON_AFTER' THEN 0.5 ELSE 0 END
                 + %d * CASE WHEN work_type_fits THEN 1 ELSE 0 END AS untexted_score
              FROM approximate a CROSS JOIN q
              WHERE a.approximate_score >= coalesce((SELECT approximate_score FROM cut)
                                                    - CASE WHEN q.tsq IS NULL THEN 0 ELSE %d END - 0.001, a.approximate_score)),
            leaders AS (
              SELECT n.untexted_score + %d * t.text_rank / (t.text_rank + 0.1) AS score
              FROM (SELECT * FROM near ORDER BY untexted_score DESC
                    LIMIT CAST(:offset AS int) + CAST(:limit AS int)) n
              CROSS JOIN q
              CROSS JOIN LATERAL (%s) t),
            bar AS (SELECT CASE WHEN count(*) = CAST(:offset AS int) + CAST(:limit AS int) THEN min(score) END AS score
                    FROM leaders),
            texted AS (
              SELECT n.*, t.text_rank
              FROM near n
              CROSS JOIN q
              CROSS JOIN LATERAL (%s) t
              WHERE n.untexted_score >= coalesce((SELECT score FROM bar) - %d.001, n.untexted_score)),
            page AS (
              SELECT texted.*, untexted_score + %d * text_rank / (text_rank + 0.1) AS score
              FROM texted ORDER BY score DESC, person_id LIMIT :limit OFFSET :offset)
            SELECT page.*, p.given_name, p.family_name, p.city, c.headline,
              ARRAY(SELECT s FROM unnest(page.skills) s WHERE s = ANY(CAST(:skills AS text[]))) AS matched,
              ARRAY(SELECT l.language || ':' || l.level FROM candidate_language l
                    WHERE l.person_id = page.person_id AND l.language = ANY(CAST(:langs AS text[]))) AS levels
            FROM page
            JOIN candidate c ON c.person_id = page.person_id
            JOIN person_directory p ON p.id = page.person_id
            ORDER BY page.score DESC, page.person_id""";

    /**
     * The statement for these criteria: each skill and each language requirement is one array
     * containment test on the read model row (a C function, no subquery per candidate), added up.
     */
    static String sql(MatchCriteria criteria, int minSkills) {
        String skills = count("m.skills @> CAST(:skill%d AS text[])", criteria.skills().size());
        String languages = count("m.languages && CAST(:levels%d AS text[])", criteria.languages().size());
        Pool pool = pool(criteria, minSkills);
        String poolSql = pool == Pool.COMBINATIONS ? combinations(criteria.skills(), minSkills).isEmpty() ? "false"
                : String.join(" OR ", java.util.stream.IntStream.range(0, combinations(criteria.skills(), minSkills).size())
                        .mapToObj(i -> "m.skills @> CAST(:combination" + i + " AS text[])").toList())
                : pool.sql;
        return SQL.formatted(skills, languages, "(" + poolSql + ")",
                SKILLS, skills, LANGUAGES, languages, 100 - SKILLS - LANGUAGES,
                SKILLS, LANGUAGES, LOCATION, AVAILABILITY, WORK_TYPE,
                SKILLS, LANGUAGES, LOCATION, AVAILABILITY, WORK_TYPE, TEXT, TEXT, TEXT_RANK, TEXT_RANK, TEXT, TEXT);
    }

    /** The text rank of the candidate {@code n} for the query {@code q}: profile plus the best CV, as it always was. */
    private static final String TEXT_RANK = """
            SELECT coalesce(ts_rank(c.profile_search, q.tsq), 0)
                   + coalesce((SELECT max(ts_rank(d.search, q.tsq)) FROM document_cv_words d
                               WHERE d.person_id = n.person_id AND d.search @@ q.tsq), 0) AS text_rank
            FROM candidate c WHERE c.person_id = n.person_id""";

    /** At most this many {@code @>} lookups make a pool; beyond, the pool is everyone with one of the skills. */
    static final int MAX_COMBINATIONS = 20;

    /** Every choice of {@code size} of the skills, in order. */
    static List<List<String>> combinations(List<String> skills, int size) {
        List<List<String>> all = new ArrayList<>();
        choose(skills, size, 0, new ArrayList<>(), all);
        return all;
    }

    private static void choose(List<String> skills, int size, int from, List<String> chosen, List<List<String>> all) {
        if (chosen.size() == size) {
            all.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i <= skills.size() - (size - chosen.size()); i++) {
            chosen.add(skills.get(i));
            choose(skills, size, i + 1, chosen, all);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** How many ways there are to choose {@code k} of {@code n}. */
    static long choices(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** {@code (test0)::int + (test1)::int + ...}, a bigint; 0 if there are none. */
    private static String count(String test, int n) {
        StringBuilder sum = new StringBuilder("CAST(0 AS bigint)");
        for (int i = 0; i < n; i++) {
            sum.append(" + CAST(").append(test.formatted(i)).append(" AS int)");
        }
        return sum.toString();
    }

    /** A ranked row, before it is explained. */
    record Row(PersonId id, String name, String headline, String city, java.time.LocalDate availableFrom,
               Profile.WorkType workType, List<String> matchedSkills, Map<String, LanguageSkill.Level> levels,
               MatchExplanation.Location location, MatchExplanation.Availability availability, boolean workTypeFits,
               double textRank, double score) {
    }

    private final JdbcClient jdbc;

    MatchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pool for people with at least {@code minSkills} of the skills asked for (0 if none are). */
    static Pool pool(MatchCriteria criteria, int minSkills) {
        if (!criteria.skills().isEmpty()) {
            return minSkills >= criteria.skills().size() ? Pool.ALL_SKILLS
                    : minSkills > 1 && choices(criteria.skills().size(), minSkills) <= MAX_COMBINATIONS ? Pool.COMBINATIONS
                    : Pool.SOME_SKILLS;
        }
        return criteria.everyWordQuery() == null ? Pool.EVERYONE : Pool.WORDS;
    }

    static Map<String, Object> parameters(MatchCriteria criteria, int minSkills, int offset, int limit) {
        return parameters(criteria, minSkills, offset, limit, 0);
    }

    /** With {@code floor}: a score at least {@code offset + limit} of the pool are known to reach (0: none known). */
    static Map<String, Object> parameters(MatchCriteria criteria, int minSkills, int offset, int limit, double floor) {
        Map<String, Object> values = new HashMap<>();
        values.put("floor", floor);
        values.put("query", criteria.textQuery());
        values.put("everyWord", criteria.everyWordQuery());
        values.put("minSkills", minSkills);
        values.put("skills", criteria.skills().toArray(String[]::new));
        values.put("skillCount", criteria.skills().size());
        values.put("langs", criteria.languages().stream().map(MatchCriteria.LanguageRequirement::language).toArray(String[]::new));
        for (int i = 0; i < criteria.skills().size(); i++) {
            values.put("skill" + i, new String[] {criteria.skills().get(i)});
        }
        if (pool(criteria, minSkills) == Pool.COMBINATIONS) {
            List<List<String>> combinations = combinations(criteria.skills(), minSkills);
            for (int i = 0; i < combinations.size(); i++) {
                values.put("combination" + i, combinations.get(i).toArray(String[]::new));
            }
        }
        // The read model holds language:level; a C1 requirement is met by any of da:C1, da:C2, da:NATIVE.
        for (int i = 0; i < criteria.languages().size(); i++) {
            MatchCriteria.LanguageRequirement required = criteria.languages().get(i);
            values.put("levels" + i, java.util.Arrays.stream(LanguageSkill.Level.values())
                    .filter(level -> level.compareTo(required.level()) >= 0)
                    .map(level -> required.language() + ":" + level).toArray(String[]::new));
        }
        values.put("languageCount", criteria.languages().size());
        values.put("city", criteria.city());
        values.put("postcode", criteria.postcode());
        values.put("start", criteria.start() == null ? null : Date.valueOf(criteria.start()));
        values.put("workType", criteria.workType() == null ? null : criteria.workType().name());
        values.put("limit", limit);
        values.put("offset", offset);
        return values;
    }

    /** The ranked rows among people with at least {@code minSkills} of the skills. */
    List<Row> rank(MatchCriteria criteria, int minSkills, int offset, int limit) {
        return rank(criteria, minSkills, offset, limit, 0);
    }

    /** The same, leaving out whoever cannot reach {@code floor}, a score {@code offset + limit} people of the pool reach. */
    List<Row> rank(MatchCriteria criteria, int minSkills, int offset, int limit, double floor) {
        // A plan for these very values: the generic plan of a prepared statement cannot know how many
        // people a skill or word brings into the pool, and one bad guess costs seconds. For this
        // transaction only (the caller's).
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return jdbc.sql(sql(criteria, minSkills)).params(parameters(criteria, minSkills, offset, limit, floor))
                .query(MatchQuery::row).list();
    }

    /** Whether the person may be matched or proposed at all, and if not, why not. */
    CandidateMatching.Eligibility eligibility(PersonId id) {
        return jdbc.sql("""
                        SELECT c.email_confirmed_at IS NOT NULL AS confirmed, p.unregistered_at IS NOT NULL AS unregistered,
                               p.restricted
                        FROM candidate c JOIN person_directory p ON p.id = c.person_id WHERE c.person_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> rs.getBoolean("unregistered") ? CandidateMatching.Eligibility.UNREGISTERED
                        : rs.getBoolean("restricted") ? CandidateMatching.Eligibility.RESTRICTED
                        : !rs.getBoolean("confirmed") ? CandidateMatching.Eligibility.UNCONFIRMED
                        : CandidateMatching.Eligibility.ELIGIBLE)
                .optional().orElse(CandidateMatching.Eligibility.NOT_A_CANDIDATE);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Map<String, LanguageSkill.Level> levels = new HashMap<>();
        for (String level : strings(rs.getArray("levels"))) {
            int colon = level.indexOf(':');
            levels.put(level.substring(0, colon), LanguageSkill.Level.valueOf(level.substring(colon + 1)));
        }
        Date available = rs.getDate("available_from");
        return new Row(new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("given_name") + " " + rs.getString("family_name"), rs.getString("headline"),
                rs.getString("city"), available == null ? null : available.toLocalDate(),
                Profile.WorkType.valueOf(rs.getString("work_type")), strings(rs.getArray("matched")), levels,
                MatchExplanation.Location.valueOf(rs.getString("location")),
                MatchExplanation.Availability.valueOf(rs.getString("availability")), rs.getBoolean("work_type_fits"),
                rs.getDouble("text_rank"), rs.getDouble("score"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
