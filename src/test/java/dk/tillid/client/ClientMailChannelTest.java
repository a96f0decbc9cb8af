package dk.tillid.client;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRecord;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Data sent to a client's contact is recorded in the ledger and arrives by e-mail at that contact only. */
@IntegrationTest
class ClientMailChannelTest {

    @Autowired
    Clients clients;

    @Autowired
    Persons persons;

    @Autowired
    Disclosures disclosures;

    @Autowired
    GreenMail greenMail;

    @Test
    void aProfileSentToAContactIsRecordedAndDelivered() throws Exception {
        ClientId client = ClientFixtures.client(clients, "Modtager ApS");
        PersonId contact = ClientFixtures.contact(clients, client);
        String to = clients.contact(contact, PurposeId.ASSIGNMENT).email();
        PersonId candidate = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Kandi", "Dat"),
                new ContactDetails("kandidat-" + System.nanoTime() + "@example.org", null), null, null), PurposeId.SUITABILITY);
        DisclosureChannel channel = clients.mailTo(contact, PurposeId.ASSIGNMENT);

        disclosures.disclose(new DisclosureRequest(candidate.subject(), "P-REC-1", "Modtager ApS", List.of("P-DATA-1", "P-DATA-2"),
                PurposeId.SUITABILITY, "ART6-1-F"), new DisclosureChannel.Payload("Kandidatforslag: Lagermedarbejder",
                "text/plain; charset=UTF-8", "Profil: truck, lager".getBytes(StandardCharsets.UTF_8)), channel);

        MimeMessage mail = null;
        for (int wait = 0; wait < 50 && mail == null; wait++) {
            // the one GreenMail of the shared context holds other tests' mail too: wait for this contact's
            greenMail.waitForIncomingEmail(100, greenMail.getReceivedMessages().length + 1);
            mail = java.util.Arrays.stream(greenMail.getReceivedMessages())
                    .filter(message -> {
                        try {
                            return message.getAllRecipients()[0].toString().equals(to);
                        } catch (Exception e) {
                            return false;
                        }
                    }).findFirst().orElse(null);
        }
        assertThat(mail).as("the mail to the contact").isNotNull();
        assertThat(mail.getSubject()).isEqualTo("Kandidatforslag: Lagermedarbejder");
        assertThat(GreenMailUtil.getBody(mail)).contains("Profil: truck, lager");
        assertThat(disclosures.of(candidate.subject())).singleElement().satisfies(record -> {
            assertThat(record.recipientName()).isEqualTo("Modtager ApS");
            assertThat(record.channel()).isEqualTo("e-mail to the client");
            assertThat(record.status()).isEqualTo(DisclosureRecord.Status.DELIVERED);
        });
    }
}
