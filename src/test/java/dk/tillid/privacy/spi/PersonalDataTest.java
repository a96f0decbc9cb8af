package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.keys.PersonalKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Access and erasure reach every module that holds personal data, through the SPI. */
@IntegrationTest
@Tag("repository")
@WithMockUser(username = "dpo-spi", roles = "DPO")
class PersonalDataTest {

    /** Tables that keep a person's id after a full erasure, and why. */
    static final Map<String, String> MAY_KEEP_THE_ID = Map.of(
            "audit_event", "the trail of what was done stays, with a random id that no longer leads anywhere",
            "audit_pending", "the same, on its way to the trail",
            "person_key", "the tombstone that makes encrypted copies read as erased",
            "deletion_log", "the record of the erasure, replayed after a restore");

    @Autowired
    PersonalData personalData;

    @Autowired
    Persons persons;

    @Autowired
    ConsentLedger consents;

    @Autowired
    Disclosures disclosures;

    @Autowired
    PersonalKeys keys;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Test
    void everyDataHoldingModuleIsAProvider() {
        assertThat(personalData.sources()).contains("person", "consent", "disclosure");
    }

    @Test
    void theExportHoldsEveryModulesDataWithCategoryAndOrigin() {
        NewPerson generated = new DanishPeople(31).next(PersonKind.CANDIDATE);
        SubjectId subject = holdEverywhere(generated);

        List<PersonalData.Holding> holdings = personalData.export(subject);

        assertThat(holdings).extracting(PersonalData.Holding::source).containsExactly("person", "consent", "disclosure");
        List<PersonalDataItem> person = holdings.get(0).items();
        assertThat(person).anySatisfy(item -> {
            assertThat(item.field()).isEqualTo("familyName");
            assertThat(item.value()).isEqualTo(generated.name().familyName());
            assertThat(item.category()).isEqualTo("P-DATA-1");
            assertThat(item.origin()).isEqualTo(PersonalDataItem.Origin.THE_PERSON);
        });
        assertThat(person).anySatisfy(item -> {
            assertThat(item.field()).isEqualTo("lastContactAt");
            assertThat(item.category()).isEqualTo("P-DATA-REL");
            assertThat(item.origin()).isEqualTo(PersonalDataItem.Origin.THE_AGENCY);
        });
        assertThat(holdings.get(1).items()).singleElement().satisfies(item -> assertThat(item.value().toString())
                .contains("marketing-2026-11-29", "PORTAL"));
        assertThat(holdings.get(2).items()).singleElement().satisfies(item -> assertThat(item.value().toString())
                .contains("Nordjysk Stål ApS"));
    }

    @Test
    void aFullErasureLeavesNoRowThatLeadsToThePersonAndDestroysTheirKey() {
        SubjectId subject = holdEverywhere(new DanishPeople(32).next(PersonKind.CANDIDATE));
        byte[] sealed = keys.encryptText(subject, "test.note", "a sensitive note");

        List<ErasureReport> reports = personalData.erase(subject, ErasurePlan.deleteEverything(), "P-RIGHT-3");

        assertThat(reports).allSatisfy(report -> assertThat(report.kept()).isEmpty());
        assertThat(reports).filteredOn(report -> report.source().equals("person")).singleElement()
                .satisfies(report -> assertThat(report.deleted()).containsExactly("P-DATA-1", "P-DATA-REL"));
        assertThat(keys.decrypt(subject, "test.note", sealed).isErased()).isTrue();
        audit.flush();
        assertThat(tablesStillHolding(subject)).isEmpty();
    }

    @Test
    void whatTheLawKeepsIsKeptAndReportedWithReasonAndDate() {
        SubjectId subject = holdEverywhere(new DanishPeople(33).next(PersonKind.CANDIDATE));
        LocalDate until = LocalDate.of(2032, 12, 31);

        List<ErasureReport> reports = personalData.erase(subject,
                ErasurePlan.deleteEverything().keep("P-DATA-REL", "Bogføringsloven § 10: accounting records", until), "P-RIGHT-3");

        assertThat(reports).filteredOn(report -> report.source().equals("person")).singleElement().satisfies(report -> {
            assertThat(report.deleted()).containsExactly("P-DATA-1");
            assertThat(report.kept()).containsExactly(new ErasureReport.Kept("P-DATA-REL",
                    "Bogføringsloven § 10: accounting records", until));
        });
        assertThat(persons.find(new PersonId(subject.value()), PurposeId.ADMINISTRATION))
                .hasValueSatisfying(kept -> {
                    assertThat(kept.name().fullName()).isEqualTo("- -");
                    assertThat(kept.contact().email()).isNull();
                    assertThat(kept.address()).isEmpty();
                });
        assertThat(keys.isErased(subject)).as("something is kept, so the key stays").isFalse();
    }

    private SubjectId holdEverywhere(NewPerson person) {
        PersonId id = persons.register(person, PurposeId.SUITABILITY);
        SubjectId subject = id.subject();
        consents.give(subject, PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.PORTAL);
        disclosures.disclose(new DisclosureRequest(subject, "P-REC-1", "Nordjysk Stål ApS", List.of("P-DATA-2"),
                PurposeId.SUITABILITY, "ART6-1-B"), new DisclosureChannel.Payload("cv.pdf", "application/pdf", new byte[1]),
                new DisclosureChannel() {
                    @Override
                    public String name() {
                        return "test";
                    }

                    @Override
                    public void deliver(DisclosureRequest request, Payload payload) {
                    }
                });
        return subject;
    }

    /** Every uuid column of every table, searched for the person's id (as the owner, who sees all). */
    private List<String> tablesStillHolding(SubjectId subject) {
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        List<String[]> columns = owner.sql("""
                        SELECT c.relname, a.attname FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN pg_attribute a ON a.attrelid = c.oid
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0
                          AND NOT a.attisdropped AND a.atttypid = 'uuid'::regtype""")
                .query((row, n) -> new String[] {row.getString(1), row.getString(2)}).list();
        List<String> holding = new ArrayList<>();
        for (String[] column : columns) {
            if (MAY_KEEP_THE_ID.containsKey(column[0])) {
                continue;
            }
            long rows = owner.sql("SELECT count(*) FROM " + column[0] + " WHERE " + column[1] + " = :id")
                    .param("id", subject.value()).query(Long.class).single();
            if (rows > 0) {
                holding.add(column[0] + "." + column[1]);
            }
        }
        return holding;
    }
}
