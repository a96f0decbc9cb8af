package dk.tillid.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.TimingComparison;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Asking for a sign-in link answers the same for a registered and an unknown address: status, body
 * (apart from the CSRF token) and, roughly, time (the mail itself leaves on another thread).
 */
@IntegrationTest
class PortalSignInEnumerationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    PortalSignIns signIns;

    @AfterEach
    void forget() {
        signIns.forgetAttempts();
    }

    @Test
    void aRegisteredAndAnUnknownAddressGetTheSameAnswerInSimilarTime() throws Exception {
        DanishPeople people = new DanishPeople(81);
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String email = "enum-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
            NewPerson generated = people.next(PersonKind.CANDIDATE);
            persons.register(new NewPerson(PersonKind.CANDIDATE, generated.name(), new ContactDetails(email, null),
                    null, null), PurposeId.SUITABILITY);
            registered.add(email);
        }

        MvcTestResult known = ask(registered.get(0), 0);
        MvcTestResult unknown = ask("nobody-" + UUID.randomUUID() + "@example.dk", 0);
        assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(200);
        assertThat(withoutCsrf(known)).isEqualTo(withoutCsrf(unknown));

        TimingComparison.assertSimilar("portal sign-in", 20, i -> ask(registered.get(i + 4), i),
                i -> ask("nobody-" + UUID.randomUUID() + "@example.dk", i), Duration.ofMillis(25), 0.5);
    }

    private MvcTestResult ask(String email, int i) {
        signIns.forgetAttempts();
        return mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email).header("Accept-Language", "en")
                .exchange();
    }

    private static String withoutCsrf(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "content=\"\"");
    }
}
