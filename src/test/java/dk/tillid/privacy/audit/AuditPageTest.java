package dk.tillid.privacy.audit;

import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "dpo-page", roles = "DPO")
class AuditPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    AuditRepository repository;

    @Autowired
    Flyway flyway;

    @Test
    void theDpoSeesOnePersonsTrailWithNamesNotIds() {
        PersonId id = persons.register(new DanishPeople(11).next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        persons.get(id, PurposeId.JOB_MATCHING);

        var page = mvc.get().uri("/dpo/audit?subject=" + id).header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText()
                .contains("Audit trail", "dpo-page", "Created", "Read", "Identity and contact data")
                .contains("P-PUR-1 To send you offers")
                .contains(id.toString().substring(0, 8));
    }

    @Test
    void aMalformedPersonIdIsExplained() {
        var page = mvc.get().uri("/dpo/audit?subject=not-an-id").header("Accept-Language", "da").exchange();

        assertThat(page).hasStatus(400);
        assertThat(page).bodyText().contains("Det er ikke et person-id");
    }

    @Test
    void theVerificationReportsAnIntactChain() {
        persons.register(new DanishPeople(12).next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);

        var page = mvc.post().uri("/dpo/audit/verify").with(csrf()).header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("The audit trail is intact");
    }

    @Test
    void aBrokenChainIsReportedInTheReadersLanguage() {
        PersonId id = persons.register(new DanishPeople(13).next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        mvc.get().uri("/dpo/audit").exchange();
        long position = repository.newest(Optional.of(id.value()), Optional.empty(), Long.MAX_VALUE, 1).get(0).position();
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        long first = owner.sql("SELECT first_position FROM audit_block WHERE :p BETWEEN first_position AND last_position")
                .param("p", position).query(Long.class).single();
        byte[] original = owner.sql("SELECT entries FROM audit_block WHERE first_position = :f").param("f", first)
                .query(byte[].class).single();
        owner.sql("ALTER TABLE audit_block DISABLE TRIGGER audit_block_append_only_rows").update();
        owner.sql("UPDATE audit_block SET entries = convert_to(replace(convert_from(entries, 'UTF8'), 'CREATE', 'READ'), 'UTF8')"
                + " WHERE first_position = :f").param("f", first).update();
        try {
            var page = mvc.post().uri("/dpo/audit/verify").with(csrf()).header("Accept-Language", "da").exchange();

            assertThat(page).bodyText().contains("Revisionssporet er brudt ved række " + first
                    + ": rækken er ændret, efter at den blev forseglet");
        } finally {
            owner.sql("UPDATE audit_block SET entries = :e WHERE first_position = :f").param("e", original)
                    .param("f", first).update();
            owner.sql("ALTER TABLE audit_block ENABLE TRIGGER audit_block_append_only_rows").update();
        }
    }

    @Test
    @WithMockUser(roles = "RECRUITER")
    void recruitersMayNotSeeIt() {
        assertThat(mvc.get().uri("/dpo/audit").exchange()).hasStatus(403);
    }
}
