package dk.tillid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.tillid.candidate.MatchCriteria;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What matching would be without its indexes: the same parts of the score, but skills and words
 * found with ILIKE over the text of skills, headline, summary and the CV (no index can serve a
 * leading wildcard), so every active candidate is scanned and scored.
 */
final class NaiveBaseline {

    private NaiveBaseline() {
    }

    static List<Map<String, Object>> rank(JdbcClient sql, MatchCriteria job, int top) {
        Map<String, Object> parameters = new HashMap<>();
        return sql.sql(statement(job, top, parameters)).params(parameters).query().listOfRows();
    }

    static void explain(JdbcClient sql, MatchCriteria job, int top) {
        Map<String, Object> parameters = new HashMap<>();
        MatchingBenchmark.explain(sql, statement(job, top, parameters), parameters);
    }

    private static String statement(MatchCriteria job, int top, Map<String, Object> parameters) {
        List<String> skillHits = new ArrayList<>();
        List<String> wordHits = new ArrayList<>();
        int n = 0;
        for (String skill : job.skills()) {
            parameters.put("s" + n, "%" + skill + "%");
            skillHits.add("(array_to_string(c.skills, ' ') ILIKE :s" + n + ")::int");
            wordHits.add("(t.text ILIKE :s" + n + " OR c.headline ILIKE :s" + n + " OR c.summary ILIKE :s" + n + ")::int");
            n++;
        }
        for (String word : job.words() == null ? new String[0] : job.words().toLowerCase(Locale.ROOT).split("\\s+")) {
            parameters.put("w" + n, "%" + word + "%");
            wordHits.add("(t.text ILIKE :w" + n + " OR c.headline ILIKE :w" + n + " OR c.summary ILIKE :w" + n + ")::int");
            n++;
        }
        List<String> languageHits = new ArrayList<>();
        for (MatchCriteria.LanguageRequirement language : job.languages()) {
            parameters.put("l" + n, language.language());
            parameters.put("r" + n, language.level().ordinal() + 1);
            languageHits.add("(EXISTS (SELECT 1 FROM candidate_language l WHERE l.person_id = c.person_id AND l.language = :l" + n
                    + " AND array_position(ARRAY['A1','A2','B1','B2','C1','C2','NATIVE'], l.level) >= :r" + n + "))::int");
            n++;
        }
        parameters.put("city", job.city());
        parameters.put("postcode", job.postcode());
        parameters.put("start", java.sql.Date.valueOf(job.start()));
        parameters.put("top", top);
        String skills = skillHits.isEmpty() ? "0" : String.join(" + ", skillHits);
        String words = wordHits.isEmpty() ? "0" : String.join(" + ", wordHits);
        String languages = languageHits.isEmpty() ? "0" : String.join(" + ", languageHits);
        return """
                SELECT * FROM (
                  SELECT c.person_id, p.given_name, p.family_name,
                    40.0 * (%s) / %d + 20.0 * (%s) / %d
                    + 15 * CASE WHEN p.city ILIKE :city OR p.postcode = :postcode THEN 1 ELSE 0 END
                    + 10 * CASE WHEN c.available_from IS NULL OR c.available_from <= :start THEN 1 ELSE 0 END
                    + 10 * (%s) / %d AS score,
                    (%s) + (%s) AS hits
                  FROM candidate c JOIN person_directory p ON p.id = c.person_id
                  LEFT JOIN bench_cv_text t ON t.person_id = c.person_id
                  WHERE c.email_confirmed_at IS NOT NULL AND p.unregistered_at IS NULL AND NOT p.restricted) ranked
                WHERE hits > 0
                ORDER BY score DESC, person_id LIMIT :top"""
                .formatted(skills, Math.max(1, skillHits.size()), languages, Math.max(1, languageHits.size()), words,
                        Math.max(1, wordHits.size()), skills, words);
    }
}
