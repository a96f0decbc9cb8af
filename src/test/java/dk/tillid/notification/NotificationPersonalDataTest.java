package dk.tillid.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.notification.OutboxFixtures.address;
import static dk.tillid.notification.OutboxFixtures.confirmation;
import static org.assertj.core.api.Assertions.assertThat;

/** A person's mail in the outbox is in their export (without the texts) and goes with their erasure. */
@IntegrationTest
@Tag("repository")
@WithMockUser(username = "dpo-outbox", roles = "DPO")
class NotificationPersonalDataTest {

    @Autowired
    PersonalData personalData;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportListsThePersonsMailWithoutItsText() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        String to = address();
        OutgoingEmail email = confirmation(person, to);
        queue(email);
        queue(confirmation(new SubjectId(UUID.randomUUID()), address()));

        List<PersonalData.Holding> holdings = personalData.export(person);

        assertThat(holdings).filteredOn(holding -> holding.source().equals("notification")).singleElement()
                .satisfies(holding -> assertThat(holding.items()).singleElement().satisfies(item -> {
                    assertThat(item.category()).isEqualTo("P-DATA-1");
                    assertThat(item.origin()).isEqualTo(PersonalDataItem.Origin.THE_AGENCY);
                    @SuppressWarnings("unchecked") Map<String, Object> value = (Map<String, Object>) item.value();
                    assertThat(value).containsEntry("kind", "EMAIL_CONFIRMATION").containsEntry("status", "PENDING")
                            .containsEntry("subject", email.subject()).containsEntry("to", to).containsKey("createdAt");
                    assertThat(value.toString()).doesNotContain("bekraeft", "Søren");
                }));
    }

    @Test
    void anErasureDeletesAllThePersonsMailAndNoOneElses() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        SubjectId someoneElse = new SubjectId(UUID.randomUUID());
        queue(confirmation(person, address()));
        queue(confirmation(person, address()));
        queue(confirmation(someoneElse, address()));

        List<ErasureReport> reports = personalData.erase(person, ErasurePlan.deleteEverything(), "P-RIGHT-3");

        assertThat(reports).filteredOn(report -> report.source().equals("notification")).singleElement()
                .satisfies(report -> assertThat(report.deleted()).containsExactly("P-DATA-1"));
        assertThat(rowsAbout(person)).isZero();
        assertThat(rowsAbout(someoneElse)).isEqualTo(1);
    }

    @Test
    void whatThePlanKeepsIsKeptAndReported() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        queue(confirmation(person, address()));
        LocalDate until = LocalDate.of(2030, 1, 1);

        List<ErasureReport> reports = personalData.erase(person,
                ErasurePlan.deleteEverything().keep("P-DATA-1", "legal hold", until), "P-RIGHT-3");

        assertThat(reports).filteredOn(report -> report.source().equals("notification")).singleElement()
                .satisfies(report -> assertThat(report.kept()).containsExactly(
                        new ErasureReport.Kept("P-DATA-1", "legal hold", until)));
        assertThat(rowsAbout(person)).isEqualTo(1);
    }

    private void queue(OutgoingEmail email) {
        // Straight into the outbox: the application's sender would otherwise deliver it while the test looks.
        transactions.executeWithoutResult(status -> outbox.insert(UUID.randomUUID(), email, java.time.Instant.now(), false, null));
    }

    private long rowsAbout(SubjectId person) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE subject = :s").param("s", person.value())
                .query(Long.class).single();
    }
}
