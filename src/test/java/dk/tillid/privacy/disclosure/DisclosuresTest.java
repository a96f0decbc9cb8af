package dk.tillid.privacy.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.consent.MissingGroundsException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Tag("repository")
@WithMockUser(username = "recruiter-disclosure", roles = {"RECRUITER", "DPO"})
class DisclosuresTest {

    @Autowired
    Disclosures disclosures;

    @Autowired
    ConsentLedger consents;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    javax.sql.DataSource dataSource;

    final SubjectId person = new SubjectId(UUID.randomUUID());
    final RecordingChannel channel = new RecordingChannel();
    final DisclosureChannel.Payload cv = new DisclosureChannel.Payload("cv.pdf", "application/pdf", new byte[] {1, 2, 3});

    @Test
    void aDisclosureIsRecordedThenDelivered() {
        disclosures.disclose(toClient("P-DATA-1", "P-DATA-2"), cv, channel);

        assertThat(channel.delivered).hasSize(1);
        assertThat(disclosures.of(person)).singleElement().satisfies(record -> {
            assertThat(record.recipient()).isEqualTo("P-REC-1");
            assertThat(record.recipientName()).isEqualTo("Nordjysk Stål ApS");
            assertThat(record.categories()).containsExactly("P-DATA-1", "P-DATA-2");
            assertThat(record.purpose()).isEqualTo("P-PUR-3");
            assertThat(record.legalBasis()).isEqualTo("ART6-1-B");
            assertThat(record.channel()).isEqualTo("test e-mail");
            assertThat(record.disclosedBy()).isEqualTo("STAFF:recruiter-disclosure");
        });
    }

    @Test
    void aDisclosureOutsideThePolicyIsRefusedAndNothingLeaves() {
        assertThatThrownBy(() -> disclosures.disclose(new DisclosureRequest(person, "P-REC-5", "PensionDanmark",
                List.of("P-DATA-2"), PurposeId.SUITABILITY, "ART6-1-B"), cv, channel))
                .hasMessage("Purpose P-PUR-3 names no recipient P-REC-5");
        assertThatThrownBy(() -> disclosures.disclose(toClient("P-DATA-7"), cv, channel))
                .hasMessage("Purpose P-PUR-3 does not use P-DATA-7");
        assertThatThrownBy(() -> disclosures.disclose(new DisclosureRequest(person, "P-REC-1", "Nordjysk Stål ApS",
                List.of("P-DATA-2"), PurposeId.SUITABILITY, "ART6-1-C"), cv, channel))
                .hasMessageContaining("Legal basis ART6-1-C is not one that both");

        assertThat(channel.delivered).isEmpty();
        assertThat(disclosures.of(person)).isEmpty();
    }

    @Test
    void aCriminalRecordLeavesOnlyWithExplicitConsent() {
        DisclosureRequest screening = new DisclosureRequest(person, "P-REC-1", "Nordjysk Stål ApS", List.of("P-DATA-8"),
                PurposeId.SCREENING, "ART6-1-B");
        assertThatThrownBy(() -> disclosures.disclose(screening, cv, channel)).isInstanceOf(MissingGroundsException.class);
        assertThat(channel.delivered).isEmpty();

        consents.give(person, PurposeId.SCREENING, "P-DATA-8", "criminal-record-2026-11-29", ConsentChannel.PORTAL);
        disclosures.disclose(screening, cv, channel);

        assertThat(channel.delivered).hasSize(1);
    }

    @Test
    void aFailedDeliveryIsRecordedAsFailed() {
        DisclosureChannel broken = new RecordingChannel() {
            @Override
            public void deliver(DisclosureRequest request, Payload payload) {
                throw new IllegalStateException("the mail server is down");
            }
        };

        assertThatThrownBy(() -> disclosures.disclose(toClient("P-DATA-2"), cv, broken)).hasMessage("the mail server is down");

        assertThat(disclosures.of(person)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(DisclosureRecord.Status.FAILED));
    }

    @Test
    void theRecordIsCommittedBeforeAnythingLeaves() {
        DisclosureChannel looking = new RecordingChannel() {
            @Override
            public void deliver(DisclosureRequest request, Payload payload) {
                String status = new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                        .queryForObject("SELECT status FROM disclosure WHERE subject_id = ?", String.class, person.value());
                assertThat(status).isEqualTo("DELIVERING");
                super.deliver(request, payload);
            }
        };

        disclosures.disclose(toClient("P-DATA-2"), cv, looking);

        assertThat(disclosures.of(person)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(DisclosureRecord.Status.DELIVERED));
    }

    @Test
    void oneDeliveryGoesToOneRecipient() {
        DisclosureRequest other = new DisclosureRequest(new SubjectId(UUID.randomUUID()), "P-REC-1", "Another Client A/S",
                List.of("P-DATA-2"), PurposeId.SUITABILITY, "ART6-1-B");

        assertThatThrownBy(() -> disclosures.discloseAll(List.of(toClient("P-DATA-2"), other), cv, channel))
                .hasMessage("One delivery goes to one recipient, for one purpose, on one legal basis");
        assertThat(channel.delivered).isEmpty();
    }

    @Test
    void theDpoSeesTheLedger() {
        disclosures.disclose(toClient("P-DATA-2"), cv, channel);

        var page = mvc.get().uri("/dpo/disclosures?subject=" + person).header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Nordjysk Stål ApS (P-REC-1)", "P-DATA-2", "ART6-1-B", "test e-mail", "Delivered");
    }

    private DisclosureRequest toClient(String... categories) {
        return new DisclosureRequest(person, "P-REC-1", "Nordjysk Stål ApS", List.of(categories), PurposeId.SUITABILITY,
                "ART6-1-B");
    }

    static class RecordingChannel implements DisclosureChannel {

        final List<Payload> delivered = new ArrayList<>();

        @Override
        public String name() {
            return "test e-mail";
        }

        @Override
        public void deliver(DisclosureRequest request, Payload payload) {
            delivered.add(payload);
        }
    }
}
