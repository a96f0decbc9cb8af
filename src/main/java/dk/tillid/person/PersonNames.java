package dk.tillid.person;

import java.util.HashSet;
import java.util.Set;

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

    /**
     * Which of the keys are someone else's full name: one EXISTS per key on the name index, stopping at
     * the first namesake. Nobody's record is read (only that a name already in the text belongs to
     * someone), so no one's trail records it: auditing every namesake tied thousands of unrelated
     * people to one person's access request and took most of the package's time.
     */
    @Override
    public Set<String> namedAmong(SubjectId subject, Set<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT k.name_key FROM unnest(CAST(:keys AS text[])) AS k(name_key)
                        WHERE EXISTS (SELECT 1 FROM person p
                                      WHERE person_name_key(p.given_name, p.family_name) = k.name_key AND p.id <> :subject)""")
                .param("keys", keys.toArray(String[]::new))
                .param("subject", subject.value())
                .query(String.class)
                .list());
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
