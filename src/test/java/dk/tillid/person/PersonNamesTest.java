package dk.tillid.person;

import java.util.Set;
import java.util.UUID;

import dk.tillid.RepositoryTest;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.spi.NameKey;
import dk.tillid.privacy.spi.OtherPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The person module's answer to Art. 15(4) redaction: whose names a text holds, in SQL that folds as Java does. */
@RepositoryTest
@WithMockUser(username = "dpo-names", roles = "DPO")
class PersonNamesTest {

    @Autowired
    PersonNames names;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseFoldsANameExactlyAsNameKeyDoes() {
        StringBuilder everyLetter = new StringBuilder();
        for (char c = 0x20; c < 0x180; c++) {
            if (c < 0x7F || c > 0x9F) {
                everyLetter.append(c);
            }
        }
        for (String[] name : new String[][] {{everyLetter.toString(), "Ødegaard"}, {"  H.C. ", " O’Brien-ÅBERG  "},
                {"Σοφία", "Παπαδοπούλου"}, {"Ærtebjørg", "Łukasiewicz"}}) {
            String inSql = jdbc.sql("SELECT person_name_key(:given, :family)")
                    .param("given", name[0]).param("family", name[1]).query(String.class).single();
            assertThat(inSql).isEqualTo(NameKey.of(name[0] + " " + name[1]));
        }
    }

    @Test
    void theQueryIsAnsweredFromTheIndex() {
        jdbc.sql("SET LOCAL enable_seqscan = off").update();

        String plan = String.join("\n", jdbc.sql("""
                        EXPLAIN SELECT id FROM person
                        WHERE person_name_key(given_name, family_name) = ANY(CAST(:keys AS text[])) AND id <> :subject""")
                .param("keys", new String[] {"bjørn navnesen", "h c andersen"}).param("subject", UUID.randomUUID())
                .query(String.class).list());

        assertThat(plan).contains("person_name_key").doesNotContain("Seq Scan");
    }

    @Test
    void findsOtherPeoplesFullNamesButNotTheSubjectsAndTellsTheSubjectsOwn() {
        String family = "Navnesen-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        PersonId subject = register("Ærtebjørg", family, "+45 20 30 40 50");
        register("Bjørn", family, null);

        Set<String> named = names.namedAmong(subject.subject(),
                Set.of(NameKey.of("BJØRN " + family), NameKey.of("Ærtebjørg " + family), NameKey.of("Bjørn Ukendt")));
        OtherPeople.Self self = names.self(subject.subject());

        assertThat(named).containsExactly(NameKey.of("Bjørn " + family));
        assertThat(self.names()).containsExactly(NameKey.of("Ærtebjørg " + family));
        assertThat(self.phones()).containsExactly("+45 20 30 40 50");
        assertThat(self.emails()).singleElement().asString().startsWith("names-");
        assertThat(names.namedAmong(subject.subject(), Set.of())).isEmpty();
    }

    @Test
    void namesakesWrittenDifferentlyAreOneNameFound() {
        String family = "Navnesen-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        PersonId subject = register("Åse", family, null);
        register("Mette", family, null);
        register("METTE", family.toUpperCase(java.util.Locale.ROOT), null);
        register("mette", family, null);

        assertThat(names.namedAmong(subject.subject(), Set.of(NameKey.of("Mette " + family), NameKey.of("Åse " + family))))
                .containsExactly(NameKey.of("Mette " + family));
    }

    private PersonId register(String given, String family, String phone) {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName(given, family),
                new ContactDetails("names-" + UUID.randomUUID() + "@example.dk", phone), null, null), PurposeId.SUITABILITY);
    }
}
