package dk.tillid.placement;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Course;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.Experience;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NextOfKin;
import dk.tillid.candidate.Referee;
import dk.tillid.candidate.Unemployment;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrders;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureRecord;
import dk.tillid.privacy.disclosure.Disclosures;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.placement.PlacementFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal sends the client only what the purpose needs, through the ledger; who may not be proposed is not. */
@IntegrationTest
@WithMockUser(username = "recruiter-placing", roles = "RECRUITER")
class ProposalSharingTest {

    static final PurposeId WORK = PurposeId.SUITABILITY;

    @Autowired
    Placements placements;

    @Autowired
    Candidates candidates;

    @Autowired
    Persons persons;

    @Autowired
    Disclosures disclosures;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    PlacementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(clients, jobOrders, candidates);
    }

    @Test
    void theClientGetsTheProfileAndNothingElseAndTheLedgerSaysSo() throws Exception {
        String skill = unique("gaffel");
        JobOrder order = fixtures.jobOrder(skill, 1);
        PersonId person = fixtures.candidate(skill);
        String summary = unique("Privat-resumé-");
        candidates.updateProfile(person, new dk.tillid.candidate.Profile("Lagermedarbejder med truckcertifikat", summary,
                List.of(skill, "truck"), dk.tillid.candidate.Profile.WorkType.TEMPORARY, "Nordjylland",
                LocalDate.of(2027, 1, 1)), WORK);
        candidates.setLanguage(person, new LanguageSkill("da", LanguageSkill.Level.NATIVE), WORK);
        candidates.add(person, new Experience(null, Experience.Kind.JOB, "Hemmelig Arbejdsgiver A/S", "Truckfører",
                LocalDate.of(2015, 3, 1), LocalDate.of(2019, 8, 31), "Kørte nattevagter"), WORK);
        candidates.add(person, new Education(null, "Aalborg Tekniske Skole", "Lagerlogistik (EUD)", LocalDate.of(2012, 8, 1),
                LocalDate.of(2014, 6, 30), true), WORK);
        candidates.add(person, new Course(null, Course.Kind.TEST, "Personlighedstest PPA", "Testfirma", null, "Høj", true), WORK);
        candidates.add(person, new Referee(null, "Rita Reference", "Lagerhuset", null, "+45 99 88 77 66", null, "God"), WORK);
        candidates.add(person, new NextOfKin(null, "Pernille Pårørende", "søster", "+45 11 22 33 44", null),
                PurposeId.ADMINISTRATION);
        candidates.setUnemployment(person, new Unemployment(LocalDate.of(2026, 9, 1), "3F A-kasse", null, null, null), WORK);
        var candidate = candidates.get(person, WORK).person();

        placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(order));

        String to = fixtures.emailOf(fixtures.contactOf(order));
        MimeMessage mail = null;
        for (int wait = 0; wait < 100 && mail == null; wait++) {
            greenMail.waitForIncomingEmail(100, greenMail.getReceivedMessages().length + 1);
            for (MimeMessage received : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(to)) {
                    mail = received;
                }
            }
        }
        assertThat(mail).as("the mail to the client's contact").isNotNull();
        String text = decoded(mail);
        assertThat(text).contains("Søren Bækgaard", "Lagermedarbejder med truckcertifikat", skill, "Truckfører, 2015–2019",
                "Lagerlogistik (EUD), 2012–2014", "dansk (modersmål)", "2027-01-01", "vikariat");
        assertThat(text).doesNotContain(candidate.contact().email(), "20 30 40 50", "Vestergade", "1988", summary,
                "Hemmelig Arbejdsgiver", "Kørte nattevagter", "Aalborg Tekniske Skole", "Personlighedstest",
                "Rita Reference", "Pernille", "3F A-kasse", "Nordjylland");
        assertThat(text.toLowerCase()).doesNotContain("cpr", "straffeattest", "pårørende");

        assertThat(disclosures.of(person.subject())).singleElement().satisfies(record -> {
            assertThat(record.recipient()).isEqualTo("P-REC-1");
            assertThat(record.recipientName()).isEqualTo(order.clientName());
            assertThat(record.categories()).containsExactly("P-DATA-1", "P-DATA-2");
            assertThat(record.purpose()).isEqualTo("P-PUR-3");
            assertThat(record.legalBasis()).isEqualTo("ART6-1-B");
            assertThat(record.channel()).isEqualTo("e-mail to the client");
            assertThat(record.status()).isEqualTo(DisclosureRecord.Status.DELIVERED);
        });
        var page = mvc.get().uri("/candidates/" + person).header("Accept-Language", "en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Disclosed to others", order.clientName() + " (P-REC-1), e-mail to the client",
                "P-DATA-1, P-DATA-2", "P-PUR-3, ART6-1-B", "Delivered");
    }

    @Test
    void anUnregisteredCandidateIsNotProposed() {
        String skill = unique("unreg");
        JobOrder order = fixtures.jobOrder(skill, 1);
        PersonId person = fixtures.candidate(skill);
        persons.unregister(person, WORK);

        assertRefusedAndNothingLeft(order, person, "placement.refused.UNREGISTERED");
    }

    @Test
    void aCandidateWhoHasNotConfirmedTheirAddressIsNotProposed() {
        String skill = unique("unconf");
        JobOrder order = fixtures.jobOrder(skill, 1);

        assertRefusedAndNothingLeft(order, fixtures.unconfirmed(skill), "placement.refused.UNCONFIRMED");
    }

    @Test
    void aCandidateWhoseProcessingIsRestrictedIsNotProposed() {
        String skill = unique("restr");
        JobOrder order = fixtures.jobOrder(skill, 1);
        PersonId person = fixtures.candidate(skill);
        persons.restrict(person, "Disputes the accuracy of the profile", PurposeId.DATA_SUBJECT_RIGHTS);

        assertRefusedAndNothingLeft(order, person, "placement.refused.RESTRICTED");
    }

    @Test
    void aProfileGoesOnlyToAContactOfTheJobOrdersClient() {
        String skill = unique("contact");
        JobOrder order = fixtures.jobOrder(skill, 1);
        JobOrder otherClients = fixtures.jobOrder(skill, 1);
        PersonId person = fixtures.candidate(skill);

        assertThatThrownBy(() -> placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(otherClients)))
                .isInstanceOfSatisfying(PlacementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("placement.refused.contact"));
        assertThat(disclosures.of(person.subject())).isEmpty();
    }

    @Test
    void noOneIsProposedForAJobOrderThatIsNotOpenOrTwiceForTheSameOne() {
        String skill = unique("twice");
        JobOrder order = fixtures.jobOrder(skill, 1);
        PersonId person = fixtures.candidate(skill);
        placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(order));

        assertThatThrownBy(() -> placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(order)))
                .isInstanceOfSatisfying(PlacementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("placement.refused.alreadyProposed"));
        PersonId other = fixtures.candidate(skill);
        placements.accept(placements.ofJobOrder(PlacementFixtures.id(order)).get(0).placement().id());
        assertThatThrownBy(() -> placements.propose(PlacementFixtures.id(order), other, fixtures.contactOf(order)))
                .isInstanceOfSatisfying(PlacementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo("placement.refused.jobOrderNotOpen"));
        assertThat(disclosures.of(person.subject())).hasSize(1);
        assertThat(disclosures.of(other.subject())).isEmpty();
    }

    private void assertRefusedAndNothingLeft(JobOrder order, PersonId person, String reason) {
        assertThatThrownBy(() -> placements.propose(PlacementFixtures.id(order), person, fixtures.contactOf(order)))
                .isInstanceOfSatisfying(PlacementRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
        assertThat(disclosures.of(person.subject())).as("nothing recorded as disclosed").isEmpty();
        assertThat(placements.ofJobOrder(PlacementFixtures.id(order))).as("no proposal kept").isEmpty();
    }

    private static String decoded(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(mail);
    }
}
