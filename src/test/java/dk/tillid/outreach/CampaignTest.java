package dk.tillid.outreach;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns with a real SMTP server: who receives one, who does not and why, a withdrawal after the
 * preview, the objection that survives erasure and re-registration, and what a campaign mail holds.
 */
@IntegrationTest
class CampaignTest {

    @Autowired Campaigns campaigns;
    @Autowired CampaignDispatcher dispatcher;
    @Autowired CampaignRepository repository;
    @Autowired Persons persons;
    @Autowired Candidates candidates;
    @Autowired ConsentLedger consents;
    @Autowired Suppressions suppressions;
    @Autowired PersonalData personalData;
    @Autowired AuditTrail audit;
    @Autowired GreenMail greenMail;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    private OutreachPeople people;
    private String town;

    @BeforeEach
    void setUp() {
        people = new OutreachPeople(persons, candidates, consents, greenMail);
        town = "Kampagneby " + OutreachPeople.tag();
    }

    @Test
    void onlyPeopleWhoseOptInStandsReceiveIt() throws Exception {
        PersonId optedIn = people.inTown(town, PersonKind.CANDIDATE, true);
        PersonId never = people.inTown(town, PersonKind.CANDIDATE, false);
        PersonId withdrew = people.inTown(town, PersonKind.CANDIDATE, true);
        consents.withdraw(withdrew.subject(), PurposeId.MARKETING, null, ConsentChannel.PORTAL);
        PersonId unregistered = people.inTown(town, PersonKind.CANDIDATE, true);
        persons.unregister(unregistered, PurposeId.JOB_MATCHING);
        PersonId restricted = people.inTown(town, PersonKind.CANDIDATE, true);
        persons.restrict(restricted, "Oplysningernes rigtighed bestrides", PurposeId.DATA_SUBJECT_RIGHTS);
        PersonId otherTown = people.inTown(town + " Syd", PersonKind.CANDIDATE, true);
        PersonId otherKind = people.inTown(town, PersonKind.BUSINESS_CONTACT, true);

        CampaignId id = campaign(town, PersonKind.CANDIDATE);
        Campaigns.Preview preview = campaigns.preview(id);
        assertThat(preview.recipients()).isEqualTo(1);
        assertThat(preview.barred()).containsExactlyInAnyOrderEntriesOf(Map.of("UNREGISTERED", 1, "RESTRICTED", 1));

        sendAndAwait(id);

        assertThat(people.mailsTo(optedIn)).hasSize(1);
        for (PersonId nobody : List.of(never, withdrew, unregistered, restricted, otherTown, otherKind)) {
            assertThat(people.mailsTo(nobody)).as("no campaign mail to someone without a standing opt-in in the audience").isEmpty();
        }
        assertThat(recipients(id)).containsExactlyInAnyOrderEntriesOf(Map.of(
                optedIn.value(), "SENT",
                unregistered.value(), "SUPPRESSED:UNREGISTERED",
                restricted.value(), "SUPPRESSED:RESTRICTED"));
    }

    @Test
    void aWithdrawalBetweenPreviewAndSendRemovesThePerson() throws Exception {
        PersonId stays = people.inTown(town, PersonKind.CANDIDATE, true);
        PersonId leaves = people.inTown(town, PersonKind.CANDIDATE, true);
        CampaignId id = campaign(town, null);
        Campaigns.Preview preview = campaigns.preview(id);
        assertThat(preview.recipients()).isEqualTo(2);
        assertThat(preview.sample()).hasSize(2);

        consents.withdraw(leaves.subject(), PurposeId.MARKETING, null, ConsentChannel.PORTAL);
        sendAndAwait(id);

        assertThat(people.mailsTo(stays)).hasSize(1);
        assertThat(people.mailsTo(leaves)).isEmpty();
        assertThat(recipients(id)).containsOnlyKeys(stays.value());
    }

    @Test
    void theOutboxAsksAgainJustBeforeAMailLeaves(@Autowired OutreachCheck check) {
        PersonId person = people.inTown(town, PersonKind.CANDIDATE, true);
        var leaving = new dk.tillid.notification.SendingCheck.Leaving(UUID.randomUUID(), person.subject(), CampaignMail.KIND,
                people.email(person));
        assertThat(check.refusal(leaving)).isEmpty();

        consents.withdraw(person.subject(), PurposeId.MARKETING, null, ConsentChannel.EMAIL);
        assertThat(check.refusal(leaving)).contains("CONSENT_WITHDRAWN");

        consents.give(person.subject(), PurposeId.MARKETING, null, OutreachPeople.WORDING, ConsentChannel.PORTAL);
        suppressions.object(person, ConsentChannel.LETTER);
        consents.give(person.subject(), PurposeId.MARKETING, null, OutreachPeople.WORDING, ConsentChannel.PORTAL);
        assertThat(check.refusal(leaving)).as("an objection holds whatever consent comes later").contains("OBJECTED");

        suppressions.withdrawObjection(person);
        persons.unregister(person, PurposeId.JOB_MATCHING);
        assertThat(check.refusal(leaving)).contains("UNREGISTERED");
        assertThat(check.refusal(new dk.tillid.notification.SendingCheck.Leaving(UUID.randomUUID(), person.subject(),
                "EMAIL_CONFIRMATION", people.email(person)))).as("mail people wait for is not outreach's to stop").isEmpty();
    }

    @Test
    void anObjectionOutlivesErasureAndStopsMarketingToTheSameAddressRegisteredAgain() throws Exception {
        PersonId first = people.inTown(town, PersonKind.CANDIDATE, true);
        String address = people.email(first);
        suppressions.object(first, ConsentChannel.EMAIL);
        audit.actingAs(Actor.system("test-erasure"), () -> personalData.erase(first.subject(), ErasurePlan.deleteEverything(),
                "ART-17"));
        assertThat(persons.exists(first)).isFalse();

        PersonId again = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Igen", "Tilmeldt"),
                new ContactDetails(address, null), null, new PostalAddress("Torvet 1", "7100", town, null)),
                PurposeId.JOB_MATCHING);
        consents.give(again.subject(), PurposeId.MARKETING, null, OutreachPeople.WORDING, ConsentChannel.WEBSITE);
        PersonId other = people.inTown(town, PersonKind.CANDIDATE, true);

        CampaignId id = campaign(town, null);
        assertThat(campaigns.preview(id).barred()).containsEntry("OBJECTED", 1);
        sendAndAwait(id);

        assertThat(people.mailsTo(again)).isEmpty();
        assertThat(people.mailsTo(other)).hasSize(1);
        assertThat(recipients(id)).containsEntry(again.value(), "SUPPRESSED:OBJECTED");
    }

    @Test
    void aCampaignMailIsPlainTextInTheLanguageChosenWithOneClickUnsubscribeAndNoTracking(
            @Autowired MailPreferences preferences) throws Exception {
        PersonId danish = people.inTown(town, PersonKind.CANDIDATE, true);
        PersonId english = people.inTown(town, PersonKind.CANDIDATE, true);
        preferences.chooseLanguage(english, java.util.Locale.ENGLISH);
        CampaignId id = campaign(town, null);
        sendAndAwait(id);

        MimeMessage da = people.mailsTo(danish).get(0);
        MimeMessage en = people.mailsTo(english).get(0);
        assertThat(da.getSubject()).isEqualTo("Nyt fra os");
        assertThat(en.getSubject()).isEqualTo("News from us");
        assertThat(OutreachPeople.text(da)).startsWith("Kære læser").contains("Afmeld med ét klik: http");
        assertThat(OutreachPeople.text(en)).startsWith("Dear reader").contains("Unsubscribe with one click: http");
        for (MimeMessage mail : List.of(da, en)) {
            assertThat(mail.getContentType()).startsWith("text/plain");
            assertThat(OutreachPeople.header(mail, "List-Unsubscribe")).matches("<http://[^>]+/unsubscribe/[A-Za-z0-9_-]{46}>");
            assertThat(OutreachPeople.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            // No pixel, no tracked link: the only address that knows the recipient is the unsubscribe link.
            assertThat(OutreachPeople.text(mail)).doesNotContain("<img").doesNotContainIgnoringCase("<html");
            List<String> links = java.util.regex.Pattern.compile("https?://\\S+").matcher(OutreachPeople.text(mail))
                    .results().map(java.util.regex.MatchResult::group).toList();
            assertThat(links).hasSize(2).anyMatch(link -> link.contains("/unsubscribe/")).anyMatch(link -> link.endsWith("/portal/mail"));
        }
    }

    @Test
    void aStoppedCampaignSendsNoMoreAndIsRecordedAsStopped() {
        people.inTown(town, PersonKind.CANDIDATE, true);
        CampaignId id = campaign(town, null);
        campaigns.cancel(id);
        assertThat(campaigns.get(id).status()).isEqualTo(Campaign.Status.CANCELLED);
        assertThat(dispatcher.dispatch()).as("a stopped draft is never fanned out").isZero();
        assertThat(recipients(id)).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> campaigns.send(id));
    }

    @Test
    void theCampaignPagesShowTheDraftWithItsPreviewAndTheSentCampaignWithItsCounts() throws Exception {
        people.inTown(town, PersonKind.CANDIDATE, true);
        people.inTown(town, PersonKind.CANDIDATE, true);
        CampaignId id = campaign(town, null);

        var draft = mvc.get().uri("/campaigns/" + id.value()).with(recruiter()).exchange();
        assertThat(draft).hasStatusOk();
        assertThat(draft).bodyText().contains("id=\"preview-count\">2 personer ville modtage den nu.", "Kladde", "id=\"send\"");
        sendAndAwait(id);

        var sent = mvc.get().uri("/campaigns/" + id.value()).with(recruiter()).exchange();
        assertThat(sent).hasStatusOk();
        assertThat(sent).bodyText().contains("id=\"campaign-status\">Sendt", "id=\"count-SENT\">2",
                "2 af 2 e-mails afgjort (100 %).");
        assertThat(sent).headers().doesNotContainHeader("Refresh");
        var list = mvc.get().uri("/campaigns").with(recruiter()).exchange();
        assertThat(list).hasStatusOk();
        assertThat(list).bodyText().contains("Kampagne " + town);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor recruiter() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("campaign-test")
                .roles("RECRUITER");
    }

    static CampaignId create(AuditTrail audit, Campaigns campaigns, String audienceTown, PersonKind kind) {
        return audit.actingAs(Actor.staff("campaign-test"), () -> campaigns.create(new CampaignForm("Kampagne " + audienceTown,
                "Nyt fra os", "Kære læser\n\nHer er vores nyheder.", "News from us", "Dear reader\n\nHere is our news.",
                kind == null ? "" : kind.name(), audienceTown)));
    }

    /** Sends, finds the recipients on this thread, and waits until every mail is settled. */
    static void send(AuditTrail audit, Campaigns campaigns, CampaignDispatcher dispatcher, CampaignId id)
            throws InterruptedException {
        audit.actingAs(Actor.staff("campaign-test"), () -> {
            campaigns.send(id);
            return null;
        });
        dispatcher.dispatch();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (campaigns.get(id).status() != Campaign.Status.SENT) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the campaign was not sent within 20 s: " + campaigns.progress(id));
            }
            Thread.sleep(100);
            dispatcher.dispatch();
        }
    }

    private CampaignId campaign(String audienceTown, PersonKind kind) {
        return create(audit, campaigns, audienceTown, kind);
    }

    private void sendAndAwait(CampaignId id) throws InterruptedException {
        send(audit, campaigns, dispatcher, id);
    }

    private Map<UUID, String> recipients(CampaignId id) {
        Map<UUID, String> records = new java.util.HashMap<>();
        jdbc.sql("SELECT person_id, status, reason FROM campaign_recipient WHERE campaign_id = :id").param("id", id.value())
                .query((row, n) -> records.put(row.getObject(1, UUID.class),
                        row.getString(2) + (row.getString(3) == null ? "" : ":" + row.getString(3))))
                .list();
        return records;
    }
}
