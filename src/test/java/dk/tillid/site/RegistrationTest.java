package dk.tillid.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.CandidateSummary;
import dk.tillid.candidate.CandidateView;
import dk.tillid.candidate.Candidates;
import dk.tillid.document.DocumentInfo;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentLedger;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class RegistrationTest {

    static final Pattern LINK = Pattern.compile("/register/confirm\\?token=([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    Documents documents;

    @Autowired
    ConsentLedger consents;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationLimiter limiter;

    @Autowired
    Registrations registrations;

    @Autowired
    dk.tillid.privacy.keys.PersonalKeys keys;

    @Autowired
    dk.tillid.MutableClock clock;

    @Test
    void aRegistrationWithACvBecomesACandidateOnlyWhenTheAddressIsConfirmed() throws Exception {
        String email = unique("søren");

        MvcTestResult sent = register(email, "Søren", "Ågård-Ærenborg", "1990-05-17", false,
                SampleFiles.pdf("Søren Ågård, lagermedarbejder i Århus"), "Mit CV.pdf");

        assertThat(sent).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/register/sent");
        assertThat(persons.findByEmail(email, PurposeId.JOB_MATCHING)).as("no one before the address is confirmed").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pending_registration WHERE form::text LIKE '%Ågård%'")
                .query(Long.class).single()).as("the waiting registration is encrypted").isZero();
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Bekræft din e-mailadresse – JobConnection ApS");
        assertThat((String) mail.getContent()).contains("Hej Søren Ågård-Ærenborg");
        String token = token(mail);
        assertThat(mvc.get().uri("/register/confirm?token=" + token).exchange()).bodyText()
                .contains("Bekræft min e-mailadresse").doesNotContain("Tak, din e-mailadresse er bekræftet");
        assertThat(persons.findByEmail(email, PurposeId.JOB_MATCHING)).as("opening the link is not confirming").isEmpty();

        assertThat(confirm(token)).hasStatusOk().bodyText().contains("Tak, din e-mailadresse er bekræftet");

        PersonId id = persons.findByEmail(email, PurposeId.JOB_MATCHING).orElseThrow();
        CandidateView view = candidates.get(id, PurposeId.JOB_MATCHING);
        assertThat(view.person().name().fullName()).isEqualTo("Søren Ågård-Ærenborg");
        assertThat(view.status()).isEqualTo(CandidateSummary.Status.ACTIVE);
        assertThat(view.candidate().registeredVia()).isEqualTo(dk.tillid.candidate.Candidate.RegisteredVia.WEBSITE);
        assertThat(documents.list(id, PurposeId.JOB_MATCHING)).extracting(DocumentInfo::displayName).containsExactly("Mit CV.pdf");
        assertThat(consents.isGiven(id.subject(), PurposeId.MARKETING, null)).isFalse();
        assertThat(audit.changesOf(id.subject(), 20)).allSatisfy(change ->
                assertThat(change.actor()).isEqualTo("person " + id.value()));
        assertThat(confirm(token)).hasStatus(400).bodyText().contains("Linket virker ikke");
    }

    @Test
    void aRegistrationNeverConfirmedIsDeletedWithItsKeyWhenTheLinkExpires() throws Exception {
        String email = unique("glemt");
        register(email, "Glemt", "Registrering", null, false, SampleFiles.pdf("CV"), "cv.pdf");
        String token = token(mailTo(email));
        UUID waiting = jdbc.sql("SELECT id FROM pending_registration ORDER BY created_at DESC LIMIT 1").query(UUID.class).single();

        clock.advance(Duration.ofHours(73));
        try {
            registrations.deleteExpired();
        } finally {
            clock.reset();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM pending_registration WHERE id = :id").param("id", waiting)
                .query(Long.class).single()).isZero();
        assertThat(keys.isErased(new dk.tillid.privacy.SubjectId(waiting))).isTrue();
        assertThat(confirm(token)).hasStatus(400);
        assertThat(persons.findByEmail(email, PurposeId.JOB_MATCHING)).isEmpty();
    }

    @Test
    void theMarketingOptInIsUntickedAndRecordedOnlyWhenTicked() throws Exception {
        assertThat(mvc.get().uri("/register").exchange()).bodyText()
                .contains("name=\"marketing\" value=\"true\">").doesNotContain("name=\"marketing\" value=\"true\" checked");
        String email = unique("optin");

        register(email, "Ida", "Holm", null, true, null, null);
        confirm(tokenFor(email));

        PersonId id = persons.findByEmail(email, PurposeId.JOB_MATCHING).orElseThrow();
        assertThat(consents.isGiven(id.subject(), PurposeId.MARKETING, null)).isTrue();
    }

    @Test
    void theFormNamesThePurposesTheDataWillServe() {
        assertThat(mvc.get().uri("/register").header("Accept-Language", "en").exchange()).bodyText()
                .contains("What we use your data for", "(job matching)");
    }

    @Test
    void aKnownAddressGetsTheSameReplyAndNothingIsRegisteredTwice() throws Exception {
        String email = unique("twice");
        register(email, "Bo", "Lund", null, false, null, null);
        confirm(tokenFor(email));
        long people = people();

        MvcTestResult again = register(email, "Someone", "Else", null, false, null, null);

        assertThat(again).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/register/sent");
        assertThat(people()).isEqualTo(people);
        assertThat(await(() -> Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, email))
                .filter(m -> subject(m).startsWith("Du er allerede registreret")).findFirst())).isPresent();
        assertThat(candidates.get(persons.findByEmail(email, PurposeId.JOB_MATCHING).orElseThrow(), PurposeId.JOB_MATCHING)
                .person().name().givenName()).isEqualTo("Bo");
    }

    @Test
    void someoneElsesEarlierRegistrationOfAnAddressCannotBeConfirmedOnceTheOwnerHasConfirmed() throws Exception {
        String email = unique("victim");
        register(email, "Mallory", "Impostor", null, true, null, null);
        String impostors = tokenFor(email);
        register(email, "Vera", "Owner", null, false, null, null);
        String owners = await(() -> Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, email))
                .map(RegistrationTest::tokenOf).filter(token -> !token.equals(impostors)).findFirst()).orElseThrow();

        assertThat(confirm(owners)).hasStatusOk();
        assertThat(confirm(impostors)).hasStatusOk().bodyText().contains("allerede registreret");

        PersonId id = persons.findByEmail(email, PurposeId.JOB_MATCHING).orElseThrow();
        assertThat(candidates.get(id, PurposeId.JOB_MATCHING).person().name().givenName()).isEqualTo("Vera");
        assertThat(consents.isGiven(id.subject(), PurposeId.MARKETING, null)).isFalse();
    }

    @Test
    void aRefusedCvIsRefusedTheSameWayWhetherOrNotTheAddressIsKnown() throws Exception {
        String known = unique("kendt");
        register(known, "Kendt", "Person", null, false, null, null);
        confirm(tokenFor(known));

        MvcTestResult forKnown = register(known, "Kendt", "Person", null, false, "MZ junk".getBytes(), "cv.pdf");
        MvcTestResult forUnknown = register(unique("ukendt"), "Ukendt", "Person", null, false, "MZ junk".getBytes(), "cv.pdf");

        assertThat(forKnown).hasStatus(400);
        assertThat(forUnknown).hasStatus(400);
        assertThat(forKnown.getResponse().getContentAsString()).contains("Denne fil er noget andet");
        assertThat(forUnknown.getResponse().getContentAsString()).contains("Denne fil er noget andet");
    }

    @Test
    void eachBadInputIsRefusedInPlainWordsAndLeavesNothingBehind() {
        long people = people();
        long mails = greenMail.getReceivedMessages().length;

        assertRefused(register(unique("a"), "<script>alert('x')</script>", "Holm", null, false, null, null),
                "Et navn kan indeholde bogstaver");
        assertRefused(register(unique("b"), "Ida", "x".repeat(10_000), null, false, null, null), "Brug højst 100 tegn.");
        assertRefused(register(unique("c"), "Ida", "Holm", "2999-12-24", false, null, null),
                "Fødselsdatoen kan ikke ligge i fremtiden");
        assertRefused(register(unique("d"), "Ida", "Holm", "1990-02-30", false, null, null), "Skriv en dato som år-måned-dag");
        assertRefused(register(unique("e"), "Ida", "Holm", null, false, "MZ\u0090\u0000 not a CV".getBytes(), "cv.pdf"),
                "Denne fil er noget andet, uanset hvad navnet siger.");
        assertRefused(register(unique("f"), "Ida", "Holm", null, false, new byte[11 * 1024 * 1024], "cv.pdf"),
                "Filen er større end 10 MB");
        assertRefused(register(unique("g"), "Ida", "Holm", null, false, SampleFiles.docxBomb(200L * 1024 * 1024), "cv.docx"),
                "Gem det igen, eller send det som PDF.");

        assertThat(people()).isEqualTo(people);
        assertThat(greenMail.getReceivedMessages()).hasSize((int) mails);
    }

    @Test
    void tooManyAttemptsFromOneNetworkAreToldToWait() {
        String network = "203.0.113.";
        for (int i = 0; limiter.allow(network + (i % 200)); i++) {
            // use up this network's attempts
        }
        long people = people();

        MvcTestResult refused = mvc.post().uri("/register").multipart().with(csrf()).with(request -> {
            request.setRemoteAddr(network + "200");
            return request;
        }).header("Accept-Language", "en").param("candidate.givenName", "Ida").param("candidate.familyName", "Holm")
                .param("candidate.email", unique("limit")).param("candidate.workType", "EITHER").exchange();

        limiter.forgetAll();

        assertThat(refused).hasStatus(429).bodyText().contains("Too many registrations have come from your network");
        assertThat(people()).isEqualTo(people);
    }

    private void assertRefused(MvcTestResult result, String why) {
        assertThat(result).hasStatus(400);
        assertThat(result).bodyText().contains(why, "Ret venligst de markerede felter.").doesNotContain("Exception");
    }

    private MvcTestResult register(String email, String given, String family, String dateOfBirth, boolean marketing,
                                   byte[] cv, String cvName) {
        var request = mvc.post().uri("/register").multipart().with(csrf()).header("Accept-Language", "da")
                .param("candidate.givenName", given).param("candidate.familyName", family)
                .param("candidate.email", email).param("candidate.workType", "EITHER")
                .param("candidate.headline", "Lagerarbejde");
        if (dateOfBirth != null) {
            request = request.param("candidate.dateOfBirth", dateOfBirth);
        }
        if (marketing) {
            request = request.param("marketing", "true");
        }
        if (cv != null) {
            request = request.file(new MockMultipartFile("cv", cvName, "application/pdf", cv));
        }
        return request.exchange();
    }

    private String tokenFor(String email) throws Exception {
        return token(mailTo(email));
    }

    private static String tokenOf(MimeMessage mail) {
        try {
            Matcher link = LINK.matcher((String) mail.getContent());
            return link.find() ? link.group(1) : "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult confirm(String token) {
        return mvc.post().uri("/register/confirm").with(csrf()).param("token", token).header("Accept-Language", "da").exchange();
    }

    private MimeMessage mailTo(String email) {
        return await(() -> Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, email)).findFirst())
                .orElseThrow(() -> new AssertionError("No mail reached " + email));
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();
        return link.group(1);
    }

    private static <T> Optional<T> await(java.util.function.Supplier<Optional<T>> probe) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        Optional<T> found = probe.get();
        while (found.isEmpty() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = probe.get();
        }
        return found;
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long people() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static String unique(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}
