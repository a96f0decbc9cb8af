package dk.tillid.candidate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CandidateRepository {

    private static final String COLUMNS = """
            person_id, headline, summary, skills, work_type, preferred_area, available_from, education, experience,
            courses, unemployment, next_of_kin, referees, registered_via, email_confirmed_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CandidateRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Candidate candidate) {
        jdbc.sql("INSERT INTO candidate (" + COLUMNS + ") VALUES (:personId, :headline, :summary,"
                        + " string_to_array(:skills, chr(31)), :workType, :preferredArea, :availableFrom,"
                        + " CAST(:education AS jsonb), CAST(:experience AS jsonb), CAST(:courses AS jsonb),"
                        + " CAST(:unemployment AS jsonb), CAST(:nextOfKin AS jsonb), CAST(:referees AS jsonb),"
                        + " :registeredVia, :emailConfirmedAt, 0)")
                .params(parameters(candidate))
                .update();
        saveLanguages(candidate);
    }

    void update(Candidate candidate) {
        int updated = jdbc.sql("""
                        UPDATE candidate SET headline = :headline, summary = :summary,
                          skills = string_to_array(:skills, chr(31)), work_type = :workType,
                          preferred_area = :preferredArea, available_from = :availableFrom,
                          education = CAST(:education AS jsonb), experience = CAST(:experience AS jsonb),
                          courses = CAST(:courses AS jsonb), unemployment = CAST(:unemployment AS jsonb),
                          next_of_kin = CAST(:nextOfKin AS jsonb), referees = CAST(:referees AS jsonb),
                          email_confirmed_at = :emailConfirmedAt, version = version + 1
                        WHERE person_id = :personId AND version = :version""")
                .params(parameters(candidate))
                .param("version", candidate.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The candidate was changed by someone else meanwhile");
        }
        saveLanguages(candidate);
    }

    boolean exists(PersonId id) {
        return jdbc.sql("SELECT count(*) FROM candidate WHERE person_id = :id").param("id", id.value())
                .query(Long.class).single() > 0;
    }

    Optional<Candidate> find(PersonId id) {
        List<LanguageSkill> languages = jdbc.sql("SELECT language, level FROM candidate_language WHERE person_id = :id"
                        + " ORDER BY language")
                .param("id", id.value())
                .query((row, n) -> new LanguageSkill(row.getString(1), LanguageSkill.Level.valueOf(row.getString(2))))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM candidate WHERE person_id = :id")
                .param("id", id.value())
                .query((row, n) -> map(row, languages))
                .optional();
    }

    void delete(PersonId id) {
        jdbc.sql("DELETE FROM candidate_language WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM candidate WHERE person_id = :id").param("id", id.value()).update();
    }

    /**
     * Deletes these candidates with their languages; for each deleted one, the categories they held
     * (the CV always, each section and the unemployment only when filled), as an erasure reports them.
     */
    Map<UUID, List<String>> deleteAll(UUID[] ids) {
        jdbc.sql("DELETE FROM candidate_language WHERE person_id = ANY(:ids)").param("ids", ids).update();
        Map<UUID, List<String>> deleted = new HashMap<>();
        jdbc.sql("""
                        DELETE FROM candidate WHERE person_id = ANY(:ids)
                        RETURNING person_id, education, experience, courses, next_of_kin, referees,
                          unemployment IS NOT NULL AND unemployment <> 'null'::jsonb AS unemployed""")
                .param("ids", ids)
                .query((row, n) -> {
                    Set<String> held = new LinkedHashSet<>(List.of(Candidates.CV));
                    if (row.getBoolean("unemployed")) {
                        held.add(Candidates.UNEMPLOYMENT);
                    }
                    for (Section section : Section.values()) {
                        if (!json.readTree(row.getString(section.column())).isEmpty()) {
                            held.add(section.category());
                        }
                    }
                    return Map.entry(row.getObject("person_id", UUID.class), List.copyOf(held));
                })
                .list().forEach(entry -> deleted.put(entry.getKey(), entry.getValue()));
        return deleted;
    }

    /** A page in name order after the person {@code after}; one row more than asked, to know if there is more. */
    /** @param among only these people, or anyone if null */
    List<CandidateSummary> search(CandidateFilter filter, List<PersonId> among, PersonId after, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.given_name, p.family_name, p.city, p.unregistered_at, c.headline, c.skills,
                  c.email_confirmed_at
                FROM candidate c JOIN person_directory p ON p.id = c.person_id WHERE true""");
        Map<String, Object> parameters = new HashMap<>();
        if (among != null) {
            sql.append(" AND c.person_id = ANY(:among)");
            parameters.put("among", among.stream().map(PersonId::value).toArray(UUID[]::new));
        }
        if (filter.name() != null) {
            sql.append(" AND (p.given_name || ' ' || p.family_name) ILIKE :name ESCAPE '\\'");
            parameters.put("name", "%" + likeLiteral(filter.name()) + "%");
        }
        if (filter.city() != null) {
            sql.append(" AND p.city ILIKE :city ESCAPE '\\'");
            parameters.put("city", likeLiteral(filter.city()) + "%");
        }
        if (filter.skill() != null) {
            sql.append(" AND c.skills @> ARRAY[CAST(:skill AS text)]");
            parameters.put("skill", filter.skill());
        }
        if (filter.language() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM candidate_language l WHERE l.person_id = c.person_id AND l.language = :language)");
            parameters.put("language", filter.language());
        }
        if (filter.status() != null) {
            sql.append(switch (filter.status()) {
                case UNREGISTERED -> " AND p.unregistered_at IS NOT NULL";
                case ACTIVE -> " AND p.unregistered_at IS NULL AND c.email_confirmed_at IS NOT NULL";
                case AWAITING_CONFIRMATION -> " AND p.unregistered_at IS NULL AND c.email_confirmed_at IS NULL";
            });
        }
        if (after != null) {
            sql.append(" AND (p.family_name, p.given_name, p.id) >"
                    + " (SELECT family_name, given_name, id FROM person_directory WHERE id = :after)");
            parameters.put("after", after.value());
        }
        sql.append(" ORDER BY p.family_name, p.given_name, p.id LIMIT :limit");
        parameters.put("limit", size + 1);
        return jdbc.sql(sql.toString()).params(parameters)
                .query((row, n) -> new CandidateSummary(new PersonId(row.getObject("id", UUID.class)),
                        row.getString("given_name") + " " + row.getString("family_name"), row.getString("city"),
                        row.getString("headline"), Arrays.asList((String[]) row.getArray("skills").getArray()),
                        row.getTimestamp("unregistered_at") != null ? CandidateSummary.Status.UNREGISTERED
                                : row.getTimestamp("email_confirmed_at") != null ? CandidateSummary.Status.ACTIVE
                                : CandidateSummary.Status.AWAITING_CONFIRMATION))
                .list();
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void saveLanguages(Candidate candidate) {
        jdbc.sql("DELETE FROM candidate_language WHERE person_id = :id").param("id", candidate.personId().value()).update();
        for (LanguageSkill skill : candidate.languages()) {
            jdbc.sql("INSERT INTO candidate_language (person_id, language, level) VALUES (:id, :language, :level)")
                    .param("id", candidate.personId().value())
                    .param("language", skill.language())
                    .param("level", skill.level().name())
                    .update();
        }
    }

    private Map<String, Object> parameters(Candidate candidate) {
        Profile profile = candidate.profile();
        Map<String, Object> values = new HashMap<>();
        values.put("personId", candidate.personId().value());
        values.put("headline", profile.headline());
        values.put("summary", profile.summary());
        values.put("skills", String.join("\u001F", profile.skills()));
        values.put("workType", profile.workType().name());
        values.put("preferredArea", profile.preferredArea());
        values.put("availableFrom", profile.availableFrom() == null ? null : Date.valueOf(profile.availableFrom()));
        for (Section section : Section.values()) {
            values.put(parameterName(section), json.writeValueAsString(candidate.items(section)));
        }
        values.put("unemployment", candidate.unemployment().map(json::writeValueAsString).orElse(null));
        values.put("registeredVia", candidate.registeredVia().name());
        values.put("emailConfirmedAt", candidate.emailConfirmedAt().map(Timestamp::from).orElse(null));
        return values;
    }

    private static String parameterName(Section section) {
        return switch (section) {
            case EDUCATION -> "education";
            case EXPERIENCE -> "experience";
            case COURSES -> "courses";
            case NEXT_OF_KIN -> "nextOfKin";
            case REFEREES -> "referees";
        };
    }

    private Candidate map(ResultSet row, List<LanguageSkill> languages) throws SQLException {
        Map<Section, List<SectionItem>> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            List<SectionItem> items = new ArrayList<>();
            for (var node : json.readTree(row.getString(section.column()))) {
                items.add(json.treeToValue(node, section.type()));
            }
            sections.put(section, items);
        }
        String unemployment = row.getString("unemployment");
        Date available = row.getDate("available_from");
        Timestamp confirmed = row.getTimestamp("email_confirmed_at");
        Profile profile = new Profile(row.getString("headline"), row.getString("summary"),
                Arrays.asList((String[]) row.getArray("skills").getArray()),
                Profile.WorkType.valueOf(row.getString("work_type")), row.getString("preferred_area"),
                available == null ? null : available.toLocalDate());
        return new Candidate(new PersonId(row.getObject("person_id", UUID.class)), profile, sections,
                unemployment == null ? null : json.readValue(unemployment, Unemployment.class), languages,
                Candidate.RegisteredVia.valueOf(row.getString("registered_via")),
                confirmed == null ? null : confirmed.toInstant(), row.getInt("version"));
    }
}
