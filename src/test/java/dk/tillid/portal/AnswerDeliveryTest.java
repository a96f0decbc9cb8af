package dk.tillid.portal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** An answered request reaches the person as a mail without data; the data is downloaded signed in, for 30 days, by them only. */
@IntegrationTest
class AnswerDeliveryTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    SubjectRequests requests;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theMailCarriesNoDataAndOnlyThePersonDownloadsTheAnswerForThirtyDays() throws Exception {
        String email = "svar-" + UUID.randomUUID() + "@example.dk";
        PersonId person = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Svend", "Svarsen"),
                new ContactDetails(email, "+45 99 88 77 66"), null, null), PurposeId.SUITABILITY);
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL, requests.today());

        requests.complete(id, "Indsigt udleveret");

        String text = new Mailbox(greenMail).awaitOne(email).text();
        assertThat(text).contains("/portal/choices").doesNotContain("Svend", "Svarsen", "99 88 77 66");
        var download = mvc.get().uri("/portal/requests/" + id.value() + "/package.json").with(as(person)).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download).headers().hasValue("Cache-Control", "no-store");
        assertThat(download).bodyText().contains("Svend", "Svarsen");

        PersonId stranger = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Fremmed", "Person"),
                new ContactDetails("fremmed-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
        assertThat(mvc.get().uri("/portal/requests/" + id.value() + "/package.json").with(as(stranger)).exchange())
                .as("another person's answer").hasStatus(404);

        clock.advance(Duration.ofDays(31));
        assertThat(mvc.get().uri("/portal/requests/" + id.value() + "/package.json").with(as(person)).exchange())
                .as("after 30 days").hasStatus(404);
    }


    private static RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}
