package dk.tillid.rights;

import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.Candidates;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.Person;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dk.tillid.rights.RightsFixtures.candidate;
import static dk.tillid.rights.RightsFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Art. 18 from the DPO's request page: restricted means read-only and out of matching; told before it is lifted. */
@IntegrationTest
@WithMockUser(username = "dpo-restricting", roles = "DPO")
class RestrictionRequestTest {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SubjectRequests requests;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateMatching matching;

    @Autowired
    dk.tillid.document.Documents documents;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aRestrictedCandidateIsReadOnlyForRecruitersAndOutOfMatching() {
        PersonId person = candidate(candidates, unique("restr"));
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RESTRICTION, SubjectRequest.Channel.LETTER);

        assertThat(post(id, "complete").param("answer", "Begrænset").exchange()).as("nothing done yet")
                .satisfies(refused("rights.unfinished.RESTRICTION"));
        assertThat(post(id, "restrict").param("reason", "Personen bestrider, at cv'et er rigtigt").exchange())
                .satisfies(saved("rights.restricted"));

        assertThat(persons.isRestricted(person)).isTrue();
        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.RESTRICTED);
        Person before = persons.get(person, PurposeId.SUITABILITY);
        var edit = mvc.post().uri("/candidates/" + person.value() + "/edit").with(user("recruiter-r").roles("RECRUITER"))
                .with(csrf()).param("givenName", "Ændret").param("familyName", before.name().familyName())
                .param("email", before.contact().email()).param("headline", "Ny overskrift").param("workType", "EITHER")
                .param("skills", "pluk").exchange();
        assertThat(edit).hasStatus3xxRedirection().hasRedirectedUrl("/candidates/" + person.value());
        assertThat(edit.getMvcResult().getFlashMap().get("refused")).isEqualTo("candidate.restricted");
        assertThat(persons.get(person, PurposeId.SUITABILITY).name()).isEqualTo(before.name());
        var language = mvc.post().uri("/candidates/" + person.value() + "/languages/new").with(user("recruiter-r").roles("RECRUITER"))
                .with(csrf()).param("language", "de").param("level", "B1").exchange();
        assertThat(language.getMvcResult().getFlashMap().get("refused")).isEqualTo("candidate.restricted");
        assertThat(candidates.get(person, PurposeId.SUITABILITY).candidate().languages()).isEmpty();
        var upload = mvc.post().uri("/candidates/" + person.value() + "/documents").multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("file", "cv.pdf", "application/pdf",
                        dk.tillid.document.SampleFiles.pdf("Curriculum vitae")))
                .param("kind", "CV").with(user("recruiter-r").roles("RECRUITER")).with(csrf()).exchange();
        assertThat(upload.getMvcResult().getFlashMap().get("refused")).isEqualTo("candidate.restricted");
        assertThat(documents.list(person, PurposeId.SUITABILITY)).isEmpty();
        assertThat(mvc.get().uri("/candidates/" + person.value()).with(user("recruiter-r").roles("RECRUITER"))
                .header("Accept-Language", "en").exchange()).bodyText().contains("read-only");

        assertThat(post(id, "complete").param("answer", "Begrænset").exchange()).satisfies(saved("request.completed"));
        assertThat(requests.get(id).status()).isEqualTo(SubjectRequest.Status.COMPLETED);
    }

    @Test
    void theApiRefusesAChangeToARestrictedCandidateWith409() {
        PersonId person = candidate(candidates, unique("restr"));
        persons.restrict(person, "Bestrider oplysningernes rigtighed", PurposeId.DATA_SUBJECT_RIGHTS);

        var refused = mvc.put().uri("/api/v1/candidates/" + person.value() + "/languages/de")
                .with(user("recruiter-api").roles("RECRUITER")).contentType("application/json")
                .content("{\"level\":\"B1\"}").exchange();

        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyText().contains("restricted").doesNotContain("Exception");
        assertThat(candidates.get(person, PurposeId.SUITABILITY).candidate().languages()).isEmpty();
    }

    @Test
    void thePersonStillCorrectsTheirOwnDetailsWhileRestricted() {
        PersonId person = candidate(candidates, unique("restr"));
        persons.restrict(person, "Bestrider sit telefonnummer", PurposeId.DATA_SUBJECT_RIGHTS);

        var corrected = mvc.post().uri("/portal/details").with(RightsFixtures.as(person)).with(csrf())
                .param("phone", "+45 11 22 33 44").param("street", "").param("postcode", "").param("city", "").exchange();

        assertThat(corrected).hasStatus3xxRedirection();
        assertThat(persons.get(person, PurposeId.SUITABILITY).contact().phone()).isEqualTo("+45 11 22 33 44");
        assertThat(persons.isRestricted(person)).isTrue();
    }

    @Test
    void thePersonIsToldBeforeTheRestrictionIsLiftedAndNotBeforeTheDayTheyWereTold() throws Exception {
        PersonId person = candidate(candidates, unique("restr"));
        String email = persons.get(person, PurposeId.SUITABILITY).contact().email();
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RESTRICTION, SubjectRequest.Channel.EMAIL);
        post(id, "restrict").param("reason", "Indsigelse under behandling").exchange();
        post(id, "complete").param("answer", "").exchange();

        assertThat(post(id, "lift").exchange()).as("not told").satisfies(refused("rights.restriction.refused.NOT_ANNOUNCED"));
        LocalDate tooSoon = requests.today().plusDays(Persons.LIFT_NOTICE_DAYS - 1);
        assertThat(post(id, "announce-lift").param("liftOn", tooSoon.toString()).exchange())
                .satisfies(refused("rights.restriction.refused.NOTICE_TOO_SHORT"));

        LocalDate liftOn = requests.today().plusDays(Persons.LIFT_NOTICE_DAYS);
        assertThat(post(id, "announce-lift").param("liftOn", liftOn.toString()).exchange()).satisfies(saved("rights.liftAnnounced"));
        MimeMessage notice = RightsFixtures.mailTo(greenMail, email, "restriction will be lifted");
        assertThat(RightsFixtures.mailsTo(greenMail, email, "restriction will be lifted")).as("none for the refused day")
                .isEqualTo(1);
        Person held = persons.get(person, PurposeId.SUITABILITY);
        assertThat(GreenMailUtil.getBody(notice)).contains(liftOn.toString())
                .doesNotContain(held.name().givenName(), held.name().familyName(), held.contact().phone());
        assertThat(post(id, "lift").exchange()).as("before the day").satisfies(refused("rights.restriction.refused.TOO_EARLY"));
        assertThat(persons.isRestricted(person)).isTrue();

        clock.advance(Duration.ofDays(Persons.LIFT_NOTICE_DAYS + 1));
        assertThat(post(id, "lift").exchange()).satisfies(saved("rights.lifted"));

        assertThat(persons.isRestricted(person)).isFalse();
        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.ELIGIBLE);
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .contains("Processing restricted.", "will be lifted on " + liftOn + " or later", "Restriction lifted.");
    }

    @Test
    void aPersonWhoseAddressNoMailCanGoToIsToldByALetterTheDpoRecords() {
        NewPerson generated = PEOPLE.next(PersonKind.CANDIDATE);
        // Well-formed for the person module, but parentheses are syntax in a mail header.
        PersonId person = persons.register(new NewPerson(generated.kind(), generated.name(),
                new ContactDetails("begr(privat)-" + unique("x") + "@example.dk", null), generated.dateOfBirth(),
                generated.address()), PurposeId.SUITABILITY);
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RESTRICTION, SubjectRequest.Channel.LETTER);
        post(id, "restrict").param("reason", "Bestrider cv'et").exchange();
        LocalDate liftOn = requests.today().plusDays(Persons.LIFT_NOTICE_DAYS);

        assertThat(post(id, "announce-lift").param("liftOn", liftOn.toString()).exchange())
                .satisfies(refused("rights.restriction.unmailable"));
        assertThat(persons.restriction(person, PurposeId.DATA_SUBJECT_RIGHTS)).hasValueSatisfying(restriction ->
                assertThat(restriction.liftAnnounced()).as("rolled back with the refusal").isFalse());
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).with(dk.tillid.Flash.attribute("refused", "rights.restriction.unmailable"))
                .header("Accept-Language", "en").exchange()).bodyText().contains("e-mail address cannot be used for Tillid", "Tell them by letter");

        assertThat(post(id, "announce-lift").param("liftOn", liftOn.toString()).param("toldByLetter", "true").exchange())
                .satisfies(saved("rights.liftAnnounced"));
        assertThat(persons.restriction(person, PurposeId.DATA_SUBJECT_RIGHTS)).hasValueSatisfying(restriction ->
                assertThat(restriction.liftOn()).isEqualTo(liftOn));
    }

    @Test
    void nothingIsRestrictedBeforeThePersonHasProvedWhoTheyAre() {
        PersonId person = candidate(candidates, unique("restr"));
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RESTRICTION, SubjectRequest.Channel.EMAIL);
        requests.awaitIdentity(id);

        assertThat(post(id, "restrict").param("reason", "Bestrider cv'et").exchange()).satisfies(refused("request.identityFirst"));

        assertThat(persons.isRestricted(person)).isFalse();
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .doesNotContain("Restrict processing");
    }

    private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(RequestId id, String step) {
        return mvc.post().uri("/dpo/requests/" + id.value() + "/" + step).with(csrf());
    }

    static java.util.function.Consumer<MvcTestResult> saved(String key) {
        return result -> {
            assertThat(result).hasStatus3xxRedirection();
            assertThat(result.getMvcResult().getFlashMap().get("saved")).isEqualTo(key);
        };
    }

    static java.util.function.Consumer<MvcTestResult> refused(String key) {
        return result -> {
            assertThat(result).hasStatus3xxRedirection();
            assertThat(result.getMvcResult().getFlashMap().get("refused")).isEqualTo(key);
        };
    }
}
