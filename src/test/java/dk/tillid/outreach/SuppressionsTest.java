package dk.tillid.outreach;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An objection is the person's: it follows them to a new address, is never someone else's who gets
 * their old one, cannot be taken back by anyone else, and after their erasure stays with the address
 * they last had.
 */
@IntegrationTest
class SuppressionsTest {

    @Autowired Suppressions suppressions;
    @Autowired Persons persons;
    @Autowired Candidates candidates;
    @Autowired ConsentLedger consents;
    @Autowired GreenMail greenMail;
    @Autowired PersonalData personalData;
    @Autowired AuditTrail audit;
    @Autowired OutreachCheck check;

    @Test
    void anObjectionFollowsThePersonAndIsNeverAnotherPersonsToSeeOrTakeBack() {
        OutreachPeople people = new OutreachPeople(persons, candidates, consents, greenMail);
        String town = "Indsigelsesby " + OutreachPeople.tag();
        PersonId objector = people.inTown(town, PersonKind.CANDIDATE, true);
        String oldAddress = people.email(objector);
        suppressions.object(objector, ConsentChannel.PORTAL);
        String newAddress = "flyttet-" + OutreachPeople.tag() + "@example.dk";
        persons.changeEmail(objector, newAddress, PurposeId.DATA_SUBJECT_RIGHTS);
        assertThat(suppressions.since(objector)).as("the objection follows the person to the new address").isPresent();

        PersonId successor = register(oldAddress);
        assertThat(suppressions.since(successor)).as("the old address's next holder is not the objector").isEmpty();
        suppressions.withdrawObjection(successor);
        assertThat(suppressions.since(objector)).as("nobody else can take it back").isPresent();

        audit.actingAs(Actor.system("test-erasure"), () -> personalData.erase(objector.subject(),
                ErasurePlan.deleteEverything(), "ART-17"));
        PersonId returning = register(newAddress);
        consents.give(returning.subject(), PurposeId.MARKETING, null, OutreachPeople.WORDING, ConsentChannel.WEBSITE);
        assertThat(suppressions.since(returning)).as("after erasure, the address they last had stays suppressed").isPresent();
        assertThat(check.refusal(new dk.tillid.notification.SendingCheck.Leaving(java.util.UUID.randomUUID(),
                returning.subject(), CampaignMail.KIND, newAddress))).contains("OBJECTED");
        assertThat(suppressions.since(successor)).isEmpty();
    }

    @Test
    void aMailQueuedForAnAddressThePersonNoLongerHasIsStopped() {
        OutreachPeople people = new OutreachPeople(persons, candidates, consents, greenMail);
        PersonId person = people.inTown("Flytteby " + OutreachPeople.tag(), PersonKind.CANDIDATE, true);
        String queuedFor = people.email(person);
        persons.changeEmail(person, "ny-" + OutreachPeople.tag() + "@example.dk", PurposeId.DATA_SUBJECT_RIGHTS);

        assertThat(check.refusal(new dk.tillid.notification.SendingCheck.Leaving(java.util.UUID.randomUUID(),
                person.subject(), CampaignMail.KIND, queuedFor))).contains("ADDRESS_CHANGED");
        assertThat(check.refusal(new dk.tillid.notification.SendingCheck.Leaving(java.util.UUID.randomUUID(),
                person.subject(), CampaignMail.KIND, people.email(person)))).isEmpty();
    }

    private PersonId register(String address) {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Ny", "Indehaver"),
                new ContactDetails(address, null), null, null), PurposeId.JOB_MATCHING);
    }
}
