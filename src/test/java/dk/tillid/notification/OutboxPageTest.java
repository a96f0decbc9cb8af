package dk.tillid.notification;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.notification.OutboxFixtures.address;
import static dk.tillid.notification.OutboxFixtures.confirmation;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators read held mail in the app; each mail read is in the audit trail; no one else gets in. */
@IntegrationTest
class OutboxPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin-outbox", roles = "ADMIN")
    void theOutboxListsHeldMailAndOpensItsText() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        String to = address();
        OutgoingEmail email = confirmation(person, to);
        UUID id = held(email);

        var list = mvc.get().uri("/admin/outbox").header("Accept-Language", "da").exchange();

        assertThat(list).hasStatusOk();
        assertThat(list).bodyText().contains("Udbakke", to, "EMAIL_CONFIRMATION", "Tilbageholdt", "/admin/outbox/" + id)
                .doesNotContain(email.text());

        var message = mvc.get().uri("/admin/outbox/" + id).header("Accept-Language", "en").exchange();

        assertThat(message).hasStatusOk();
        assertThat(message).bodyText().contains(to, "Bekræft din e-mailadresse – Æblehaven, Ørestad, Åbyhøj", "Held",
                "https://example.dk/bekraeft/", "Søren Ærø Østergård");
        audit.flush();
        assertThat(auditLinesAbout(person)).anySatisfy(line -> assertThat(line)
                .contains("STAFF", "admin-outbox", "P-DATA-1", "P-PUR-7", "READ"));
    }

    @Test
    @WithMockUser(username = "admin-outbox", roles = "ADMIN")
    void aMailAboutAPersonIsSealedWithTheirKeyAndADisclosureToAClientIsNotShownToTheAdministrator() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        String secret = "Straffeattest uden anmærkninger " + UUID.randomUUID();
        UUID id = held(new OutgoingEmail(person, "CLIENT_DISCLOSURE", address(), "Straffeattest", secret));

        byte[] sealed = jdbc.sql("SELECT sealed_body FROM notification_outbox WHERE id = :id").param("id", id)
                .query(byte[].class).single();
        assertThat(jdbc.sql("SELECT body FROM notification_outbox WHERE id = :id").param("id", id).query(String.class).single())
                .isEmpty();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Straffeattest");
        assertThat(outbox.text(id)).contains(secret);

        var message = mvc.get().uri("/admin/outbox/" + id).header("Accept-Language", "en").exchange();
        assertThat(message).hasStatusOk();
        assertThat(message).bodyText().contains("its text is not shown here").doesNotContain(secret);
    }

    @Test
    @WithMockUser(username = "admin-outbox", roles = "ADMIN")
    void anUnknownMailIsNotFound() {
        assertThat(mvc.get().uri("/admin/outbox/" + UUID.randomUUID()).exchange()).hasStatus(404);
    }

    @Test
    @WithMockUser(username = "recruiter-outbox", roles = {"RECRUITER", "DPO", "PAYROLL"})
    void otherRolesMayNotReadTheOutbox() {
        UUID id = held(confirmation(null, address()));

        assertThat(mvc.get().uri("/admin/outbox").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/admin/outbox/" + id).exchange()).hasStatus(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        assertThat(mvc.get().uri("/admin/outbox").exchange()).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login");
    }

    @Test
    @WithMockUser(username = "admin-outbox", roles = "ADMIN")
    void administratorsFindTheOutboxOnTheirHomePage() {
        assertThat(mvc.get().uri("/staff").header("Accept-Language", "en").exchange()).bodyText()
                .contains("Outbox", "/admin/outbox");
    }

    private UUID held(OutgoingEmail email) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            outbox.insert(id, email, java.time.Instant.now(), false, null);
            outbox.markHeld(id);
        });
        return id;
    }

    private java.util.List<String> auditLinesAbout(SubjectId person) {
        return jdbc.sql("SELECT convert_from(entries, 'UTF8') FROM audit_block WHERE subjects @> ARRAY[CAST(:id AS uuid)]")
                .param("id", person.value().toString()).query(String.class).list().stream()
                .flatMap(block -> block.lines()).filter(line -> line.contains(person.value().toString())).toList();
    }
}
