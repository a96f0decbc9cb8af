package dk.tillid.portal;

import java.util.List;
import java.util.UUID;

import dk.tillid.identity.PersonSessions;
import dk.tillid.IntegrationTest;
import dk.tillid.outreach.MailPreferences;
import dk.tillid.outreach.Suppressions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The person's own choices about the mail they get: alert frequency, language, opt-in, objection. */
@IntegrationTest
class PortalMailTest {

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired ConsentLedger consents;
    @Autowired MailPreferences preferences;
    @Autowired Suppressions suppressions;

    @Test
    void aPersonChoosesHowOftenJobAlertsComeAndInWhichLanguage() {
        PersonId person = person();
        assertThat(mvc.get().uri("/portal/mail").with(as(person)).header("Accept-Language", "en").exchange())
                .hasStatusOk().bodyText().contains("At most once a day, all new jobs in one e-mail");

        assertThat(mvc.post().uri("/portal/mail/alerts").with(as(person)).with(csrf()).param("frequency", "WEEKLY")
                .param("language", "en").exchange()).hasStatus3xxRedirection();

        assertThat(preferences.of(person).frequency()).isEqualTo(MailPreferences.Frequency.WEEKLY);
        assertThat(preferences.of(person).language().getLanguage()).isEqualTo("en");
        assertThat(mvc.post().uri("/portal/mail/alerts").with(as(person)).with(csrf()).param("frequency", "HOURLY")
                .param("language", "en").exchange()).hasStatus(400);
        assertThat(mvc.post().uri("/portal/mail/alerts").with(as(person)).with(csrf()).param("frequency", "NEVER")
                .param("language", "fr").exchange()).hasStatus3xxRedirection();
        assertThat(preferences.of(person).frequency()).as("nothing half-saved").isEqualTo(MailPreferences.Frequency.WEEKLY);
    }

    @Test
    void anObjectionHoldsAgainstALaterOptInUntilThePersonTakesItBack() {
        PersonId person = person();
        assertThat(mvc.post().uri("/portal/mail/marketing").with(as(person)).with(csrf()).param("wanted", "true").exchange())
                .hasStatus3xxRedirection();
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isTrue();
        assertThat(consents.history(person.subject())).last().satisfies(event ->
                assertThat(event.channel()).isEqualTo(ConsentChannel.PORTAL));

        mvc.post().uri("/portal/mail/objection").with(as(person)).with(csrf()).exchange();
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();
        assertThat(suppressions.since(person)).isPresent();
        assertThat(mvc.get().uri("/portal/mail").with(as(person)).exchange()).bodyText().contains("indsigelse mod markedsføring den");

        var refused = mvc.post().uri("/portal/mail/marketing").with(as(person)).with(csrf()).param("wanted", "true").exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsEntry("refused", "portal.mail.objectedFirst");
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();

        mvc.post().uri("/portal/mail/objection/withdraw").with(as(person)).with(csrf()).exchange();
        assertThat(suppressions.since(person)).isEmpty();
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).as("taking it back gives no consent").isFalse();
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Mail", "Valg"),
                new ContactDetails("mailvalg-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }

    private static RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}
