package dk.tillid.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.spi.NameKey;
import dk.tillid.privacy.spi.OtherPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an access package which words of a text are the full name of another person (Art. 15(4)),
 * in one indexed query however many words there are, and what identifies the subject themself.
 * Names are compared by their key: {@code person_name_key} in SQL folds them as {@link NameKey} does.
 */
@Component
class PersonNames implements OtherPeople {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PersonNames(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Kind kind() {
        return Kind.PERSONS;
    }

    @Override
    public Set<String> namedAmong(SubjectId subject, Set<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        record Named(UUID id, String key) {
        }
        // Each name found is folded once, not once per person who has it (both steps MATERIALIZED, or the
        // planner folds it again for every row): a common name is shared by hundreds, and folding took 12
        // of 15 ms for the 2,753 namesakes of one access package among 100,000 people.
        List<Named> named = jdbc.sql("""
                        WITH found AS MATERIALIZED (
                            SELECT id, given_name, family_name FROM person
                            WHERE person_name_key(given_name, family_name) = ANY(CAST(:keys AS text[])) AND id <> :subject),
                        keyed AS MATERIALIZED (
                            SELECT given_name, family_name, person_name_key(given_name, family_name) AS name_key
                            FROM (SELECT DISTINCT given_name, family_name FROM found) names)
                        SELECT found.id, keyed.name_key FROM found JOIN keyed USING (given_name, family_name)""")
                .param("keys", keys.toArray(String[]::new))
                .param("subject", subject.value())
                .query((row, n) -> new Named(row.getObject(1, UUID.class), row.getString(2)))
                .list();
        // Their names were read to leave them out of someone else's copy; their trail says so.
        audit.read(named.stream().map(found -> new SubjectId(found.id())).distinct().toList(),
                PurposeId.DATA_SUBJECT_RIGHTS, Persons.IDENTITY);
        Set<String> found = new HashSet<>();
        named.forEach(one -> found.add(one.key()));
        return found;
    }

    @Override
    public Self self(SubjectId subject) {
        audit.read(subject, PurposeId.DATA_SUBJECT_RIGHTS, Persons.IDENTITY);
        return jdbc.sql("SELECT person_name_key(given_name, family_name), email, phone FROM person WHERE id = :subject")
                .param("subject", subject.value())
                .query((row, n) -> new Self(Set.of(row.getString(1)), present(row.getString(2)), present(row.getString(3))))
                .optional().orElse(Self.UNKNOWN);
    }

    private static Set<String> present(String value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
