package dk.tillid.candidate;

import java.util.ArrayList;
import java.util.List;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the candidates who fit a job, best first, each with the explanation of the score. Only
 * people who may be used are ranked: not unregistered, e-mail address confirmed, processing not
 * restricted (Art. 18). Employees still registered as candidates are matched too: a temp between
 * assignments is exactly who a recruiter looks for. Every returned person's read is audited.
 */
@Service
@Transactional(readOnly = true)
public class CandidateMatching {

    /** Whether a person may be matched or proposed, and if not, why not. */
    public enum Eligibility { ELIGIBLE, NOT_A_CANDIDATE, UNREGISTERED, UNCONFIRMED, RESTRICTED }

    static final int MAX_RESULTS = 200;
    /** What a page of matches shows of a person: name, town, headline, skills, languages. */
    static final String[] CATEGORIES = {"P-DATA-1", Candidates.CV};

    private final MatchQuery query;
    private final AuditTrail audit;

    CandidateMatching(MatchQuery query, AuditTrail audit) {
        this.query = query;
        this.audit = audit;
    }

    /** The candidates ranked {@code offset + 1} to {@code offset + limit}. */
    public List<CandidateMatch> rank(MatchCriteria criteria, int offset, int limit, PurposeId purpose) {
        if (offset < 0 || offset > 10 * MAX_RESULTS || limit < 1 || limit > MAX_RESULTS) {
            throw new IllegalArgumentException("A page of matches holds 1 to " + MAX_RESULTS + " candidates");
        }
        List<CandidateMatch> matches = new ArrayList<>();
        for (MatchQuery.Row row : ranked(criteria, offset, limit)) {
            matches.add(new CandidateMatch(row.id(), row.name(), row.headline(), row.city(), row.availableFrom(),
                    (int) Math.round(row.score()), explain(criteria, row)));
        }
        audit.read(matches.stream().map(match -> match.id().subject()).toList(), purpose, CATEGORIES);
        return matches;
    }

    /**
     * The exact top of the ranking without scoring everyone who has one of the skills. First among
     * the people with all of them, then, while that pool holds less than a page, with one skill fewer
     * (a few GIN {@code @>} lookups each). Once a pool fills the page, its last score is reached by
     * {@code offset + limit} people: if nobody with fewer skills could score more (their skill part is
     * smaller, every other part at most full), that is the answer; else the pool widens at once to
     * the fewest skills that could still reach that score, and leaves out whoever cannot reach it.
     */
    private List<MatchQuery.Row> ranked(MatchCriteria criteria, int offset, int limit) {
        int asked = criteria.skills().size();
        int minSkills = asked;
        while (true) {
            List<MatchQuery.Row> rows = query.rank(criteria, minSkills, offset, limit);
            if (minSkills <= 1) {
                return rows;
            }
            if (rows.size() == limit) {
                double floor = rows.get(rows.size() - 1).score();
                if (floor > bestWith(minSkills - 1, asked)) {
                    return rows;
                }
                int fewest = minSkills - 1;
                while (fewest > 1 && bestWith(fewest - 1, asked) >= floor - 0.001) {
                    fewest--;
                }
                return query.rank(criteria, fewest, offset, limit, floor);
            }
            minSkills--;
        }
    }

    /** The highest score anyone with {@code skills} of the {@code asked} skills can reach. */
    static double bestWith(int skills, int asked) {
        return MatchQuery.SKILLS * (double) skills / asked + (100 - MatchQuery.SKILLS);
    }

    /** Reads no value of the person: only whether they may be used. */
    public Eligibility eligibility(PersonId id) {
        return query.eligibility(id);
    }

    private static MatchExplanation explain(MatchCriteria criteria, MatchQuery.Row row) {
        List<String> missing = criteria.skills().stream().filter(skill -> !row.matchedSkills().contains(skill)).toList();
        List<MatchExplanation.LanguageFit> languages = criteria.languages().stream()
                .map(required -> {
                    LanguageSkill.Level level = row.levels().get(required.language());
                    return new MatchExplanation.LanguageFit(required.language(), required.level(), level, required.metBy(level));
                }).toList();
        return new MatchExplanation(row.matchedSkills(), missing, languages, row.location(), row.availability(),
                row.workTypeFits(), row.workType(), relevance(row.textRank()));
    }

    static MatchExplanation.Relevance relevance(double rank) {
        if (rank <= 0) {
            return MatchExplanation.Relevance.NONE;
        }
        return rank < 0.05 ? MatchExplanation.Relevance.LOW
                : rank < 0.2 ? MatchExplanation.Relevance.MEDIUM : MatchExplanation.Relevance.HIGH;
    }
}
