package dk.tillid.outreach;

import java.util.Base64;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-click unsubscribing without a sign-in: the List-Unsubscribe header's POST (RFC 8058) and the
 * link in the text both withdraw the consent in the ledger at once; an altered or borrowed token
 * changes nothing.
 */
@IntegrationTest
class UnsubscribeTest {

    @Autowired MockMvcTester mvc;
    @Autowired UnsubscribeLinks links;
    @Autowired Persons persons;
    @Autowired Candidates candidates;
    @Autowired ConsentLedger consents;
    @Autowired GreenMail greenMail;
    @Autowired MailPreferences preferences;
    @Autowired Campaigns campaigns;
    @Autowired CampaignDispatcher dispatcher;
    @Autowired dk.tillid.privacy.audit.AuditTrail audit;

    private OutreachPeople people;
    private String town;

    @BeforeEach
    void setUp() {
        people = new OutreachPeople(persons, candidates, consents, greenMail);
        town = "Afmeldby " + OutreachPeople.tag();
    }

    @Test
    void theHeadersOneClickPostWithdrawsTheConsentWithoutASignIn() throws Exception {
        PersonId person = people.inTown(town, PersonKind.CANDIDATE, true);
        CampaignTest.send(audit, campaigns, dispatcher, CampaignTest.create(audit, campaigns, town, null));
        String header = OutreachPeople.header(people.mailsTo(person).get(0), "List-Unsubscribe");
        String path = header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);

        // What a mail program sends: a POST with this body, no cookie, no CSRF token, no sign-in.
        var answer = mvc.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click").exchange();

        assertThat(answer).hasStatusOk();
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();
        ConsentEvent last = lastEvent(person);
        assertThat(last.kind()).isEqualTo(ConsentEvent.Kind.WITHDRAWN);
        assertThat(last.channel()).isEqualTo(ConsentChannel.EMAIL);
        assertThat(last.recordedBy()).isEqualTo("PERSON:" + person.value());
    }

    @Test
    void theLinkInTheTextOpensOneButtonThatWithdrawsIt() throws Exception {
        PersonId person = people.inTown(town, PersonKind.CANDIDATE, true);
        CampaignTest.send(audit, campaigns, dispatcher, CampaignTest.create(audit, campaigns, town, null));
        String text = OutreachPeople.text(people.mailsTo(person).get(0));
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^/\\s]+(/unsubscribe/\\S+)").matcher(text);
        assertThat(link.find()).isTrue();

        var page = mvc.get().uri(link.group(1)).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Afmeld");
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null))
                .as("opening the link (as a mail scanner does) changes nothing").isTrue();

        var pressed = mvc.post().uri(link.group(1)).param("List-Unsubscribe", "One-Click").exchange();
        assertThat(pressed).hasStatusOk().bodyText().contains("dit samtykke er trukket tilbage");
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();
        assertThat(mvc.post().uri(link.group(1)).exchange()).as("twice is fine").hasStatusOk();
    }

    @Test
    void anAlteredOrBorrowedTokenIsRefusedAndChangesNothing() {
        PersonId victim = people.inTown(town, PersonKind.CANDIDATE, true);
        PersonId attacker = people.inTown(town, PersonKind.CANDIDATE, true);
        String own = links.token(attacker, Topic.MARKETING);

        byte[] bytes = Base64.getUrlDecoder().decode(own);
        byte[] victimId = uuid(victim);
        System.arraycopy(victimId, 0, bytes, 2, 16);
        String borrowed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        char last = own.charAt(10);
        String altered = own.substring(0, 10) + (last == 'A' ? 'B' : 'A') + own.substring(11);
        bytes = Base64.getUrlDecoder().decode(own);
        bytes[1] = (byte) 'A';
        String otherTopic = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        // The last character carries 4 unused bits: another spelling of the same bytes is not the token.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String respelled = own.substring(0, 45) + alphabet.charAt(alphabet.indexOf(own.charAt(45)) ^ 1);
        assertThat(Base64.getUrlDecoder().decode(respelled)).isEqualTo(Base64.getUrlDecoder().decode(own));

        for (String forged : List.of(borrowed, altered, otherTopic, respelled, own + "x", "not-a-token", own.substring(0, 45))) {
            assertThat(mvc.post().uri("/unsubscribe/" + forged).exchange()).hasStatus(400).bodyText().contains("Linket virker ikke");
            assertThat(mvc.get().uri("/unsubscribe/" + forged).exchange()).hasStatus(400);
        }
        assertThat(consents.isGiven(victim.subject(), PurposeId.MARKETING, null)).isTrue();
        assertThat(consents.isGiven(attacker.subject(), PurposeId.MARKETING, null)).isTrue();
        assertThat(preferences.of(attacker).frequency()).isEqualTo(MailPreferences.DEFAULT_FREQUENCY);
    }

    @Test
    void aJobAlertTokenStopsAlertsButLeavesMarketingAlone() {
        PersonId person = people.inTown(town, PersonKind.CANDIDATE, true);
        assertThat(mvc.post().uri("/unsubscribe/" + links.token(person, Topic.JOB_ALERTS)).exchange()).hasStatusOk()
                .bodyText().contains("ikke flere jobagenter");
        assertThat(preferences.of(person).frequency()).isEqualTo(MailPreferences.Frequency.NEVER);
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isTrue();
    }

    private ConsentEvent lastEvent(PersonId person) {
        List<ConsentEvent> history = consents.history(person.subject());
        return history.get(history.size() - 1);
    }

    private static byte[] uuid(PersonId person) {
        return java.nio.ByteBuffer.allocate(16).putLong(person.value().getMostSignificantBits())
                .putLong(person.value().getLeastSignificantBits()).array();
    }
}
