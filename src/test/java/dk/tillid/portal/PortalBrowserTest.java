package dk.tillid.portal;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's rights end to end in a real browser: they sign in with the mailed link, use a right
 * in the portal; the DPO answers in their own browser; the person gets the answer.
 */
@BrowserTest
class PortalBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Candidates candidates;

    @Autowired
    Persons persons;

    @Autowired
    GreenMail greenMail;

    @Autowired
    SubjectRequests requests;

    @Test
    void aPersonUnregistersAndIsOutOfMatchingAtOnce() throws Exception {
        String email = "afmeld-" + UUID.randomUUID() + "@example.dk";
        PersonId person = confirmedCandidate(email);
        assertThat(candidates.get(person, PurposeId.JOB_MATCHING).activeForMatching()).isTrue();

        try (Browser browser = Browser.open(port)) {
            signIn(browser, email);
            browser.go("/portal/choices");
            browser.navigating(By.cssSelector("form[action$='/portal/unregister'] button"));

            assertThat(text(browser)).contains("Du er afmeldt: vi kontakter dig ikke og tilbyder dig ikke job.");
            assertThat(browser.driver().findElements(By.cssSelector("form[action$='/portal/unregister']"))).isEmpty();
        }
        assertThat(candidates.get(person, PurposeId.JOB_MATCHING).activeForMatching()).as("out of matching").isFalse();
    }

    @Test
    void aPersonAsksForErasureTheDpoCarriesItOutAndThePersonGetsTheReceipt() throws Exception {
        String email = "slet-" + UUID.randomUUID() + "@example.dk";
        PersonId person = confirmedCandidate(email);
        String dpo = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        String password = StaffFixtures.account(context, dpo, List.of(Role.DPO));

        try (Browser person0 = Browser.open(port); Browser browser = Browser.open(port)) {
            signIn(person0, email);
            person0.go("/portal/choices");
            person0.navigating(By.cssSelector("form[action$='/portal/requests'] input[value=ERASURE] ~ button"));
            assertThat(text(person0)).contains("Vi har modtaget din anmodning", "Sletning");

            staffSignIn(browser, dpo, password);
            browser.go("/dpo/requests");
            browser.navigating(By.cssSelector("main a[href$='/dpo/requests/" + erasureRequestOf(person) + "']"));
            browser.navigating(By.id("erasure-plan"));
            assertThat(text(browser)).contains("Sletteplan", "Identitet og kontaktoplysninger")
                    .contains("krypteringsnøgle destrueres");
            browser.navigating(By.id("carry-out"));
            assertThat(text(browser)).contains("Sletningen er gennemført", person.value().toString());

            person0.go("/portal");
            assertThat(person0.driver().getCurrentUrl()).as("the erased person's session has ended").endsWith("/portal/sign-in");
        }
        String receipt = new Mailbox(greenMail).awaitSubject(email, "slettet").text();
        assertThat(receipt).contains("Vi har slettet dine oplysninger", "Vi gemmer intet om dig", "We keep nothing about you");
        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
    }

    private UUID erasureRequestOf(PersonId person) {
        return requests.of(person.subject()).stream().filter(r -> r.kind() == SubjectRequest.Kind.ERASURE).findFirst()
                .orElseThrow().id().value();
    }

    private PersonId confirmedCandidate(String email) {
        PersonId id = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Portal", "Prøvesen"),
                new ContactDetails(email, null), null, null),
                new Profile("Lagerarbejder", null, List.of("lager"), Profile.WorkType.EITHER, null, null)),
                Candidate.RegisteredVia.STAFF, PurposeId.JOB_MATCHING);
        candidates.confirmEmail(id, PurposeId.JOB_MATCHING);
        return id;
    }

    /** The person asks for a link, and opens it from the mail as they would: GET shows a button, which signs in. */
    private void signIn(Browser browser, String email) throws Exception {
        browser.go("/portal/sign-in");
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.navigating(By.cssSelector("main form button[type=submit]"));
        browser.go("/portal/sign-in/confirm?token=" + Mailbox.token(new Mailbox(greenMail).awaitSubject(email, "")));
        browser.navigating(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/portal");
    }

    private static void staffSignIn(Browser browser, String username, String password) {
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.navigating(By.cssSelector("main form button[type=submit]"));
        StaffFixtures.enterSecondFactor(browser, username);
    }



    private static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
