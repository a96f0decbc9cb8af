package dk.tillid.portal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.demo.DanishPeople;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.requests.ZipContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** The person downloads their answer as one zip: the access package for access, the portable data for portability. */
@IntegrationTest
class PortalDownloadTest {

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired SubjectRequests requests;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachAnsweredRequestDownloadsItsOwnKindOfZipForThePersonOnlyAndForThirtyDays() {
        DanishPeople people = new DanishPeople(UUID.randomUUID().getMostSignificantBits());
        NewPerson given = people.next(PersonKind.CANDIDATE);
        PersonId person = persons.register(given, PurposeId.SUITABILITY);
        RequestId access = answered(person, SubjectRequest.Kind.ACCESS);
        RequestId portability = answered(person, SubjectRequest.Kind.PORTABILITY);

        var accessZip = mvc.get().uri("/portal/requests/" + access.value() + "/package.zip").with(as(person)).exchange();
        assertThat(accessZip).hasStatusOk().hasContentType("application/zip");
        assertThat(accessZip).headers().hasValue("Cache-Control", "no-store");
        ZipContents accessContents = ZipContents.of(accessZip.getMvcResult().getResponse().getContentAsByteArray());
        assertThat(accessContents.entries()).containsKeys("access-package.json", "access-package.html");
        assertThat(accessContents.text("access-package.json")).contains(given.contact().email());

        var portableZip = mvc.get().uri("/portal/requests/" + portability.value() + "/package.zip").with(as(person)).exchange();
        assertThat(portableZip).hasStatusOk();
        ZipContents portable = ZipContents.of(portableZip.getMvcResult().getResponse().getContentAsByteArray());
        assertThat(portable.entries()).containsKeys("portability.json", "tillid-portability-1.schema.json", "csv/person.csv")
                .doesNotContainKey("access-package.json");
        assertThat(portable.text("portability.json")).contains(given.contact().email(), "\"x-tillid\"");

        assertThat(mvc.get().uri("/portal/choices").with(as(person)).exchange()).bodyText()
                .contains("/portal/requests/" + portability.value() + "/package.zip").doesNotContain("package.json");

        PersonId stranger = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        assertThat(mvc.get().uri("/portal/requests/" + portability.value() + "/package.zip").with(as(stranger)).exchange())
                .as("another person's answer").hasStatus(404);
        RequestId refused = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL,
                requests.today());
        requests.refuse(refused, "Åbenbart grundløs");
        assertThat(mvc.get().uri("/portal/requests/" + refused.value() + "/package.zip").with(as(person)).exchange())
                .as("a refused request has nothing to download").hasStatus(404);

        clock.advance(Duration.ofDays(31));
        assertThat(mvc.get().uri("/portal/requests/" + access.value() + "/package.zip").with(as(person)).exchange())
                .as("after 30 days").hasStatus(404);
    }

    private RequestId answered(PersonId person, SubjectRequest.Kind kind) {
        RequestId id = requests.receive(person.subject(), kind, SubjectRequest.Channel.PORTAL, requests.today());
        requests.complete(id, "Svar klar");
        return id;
    }

    private static RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}
