package dk.tillid.access;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrders;
import dk.tillid.client.RequiredLanguage;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.placement.Placements;
import dk.tillid.platform.CprShape;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Asking for someone else's things (T7 item 5, IDOR): a person in the portal asking for another
 * person's answers; staff asking for fields their role must not see; and what reaches a client.
 * (Field by field, role by role, the employee file has its own matrix: employment.FieldAccessMatrixTest.)
 */
@IntegrationTest
class IdorTest {

    private static final String CPR = "170590-4321";
    private static final String HEALTH = "Menisklæsion-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String CRIMINAL = "Straffeattest-" + UUID.randomUUID().toString().substring(0, 6);

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired SubjectRequests requests;
    @Autowired Employments employments;
    @Autowired Candidates candidates;
    @Autowired Clients clients;
    @Autowired JobOrders jobOrders;
    @Autowired Placements placements;
    @Autowired GreenMail greenMail;

    @Test
    void aPersonInThePortalGetsNothingOfAnotherPersonsAnswers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonId a = person("Anna", "anna." + tag + "@example.dk");
        PersonId b = person("Birgitte", "birgitte." + tag + "@example.dk");
        RequestId ofA = answered(a);
        RequestId ofB = answered(b);

        assertThat(mvc.get().uri("/portal/requests/" + ofA.value() + "/package.zip").with(Who.PERSON.signedIn(a)).exchange())
                .as("A's own answer").hasStatusOk();
        for (String download : List.of("/package.zip", "/package.json")) {
            MvcTestResult asked = mvc.get().uri("/portal/requests/" + ofB.value() + download).with(Who.PERSON.signedIn(a)).exchange();
            assertThat(asked).as("A asking for B's " + download).hasStatus(404);
            assertThat(asked).bodyText().doesNotContain("birgitte." + tag, "Birgitte");
        }
        assertThat(mvc.get().uri("/portal").with(Who.PERSON.signedIn(a)).exchange()).hasStatusOk().bodyText()
                .contains("anna." + tag).doesNotContain("birgitte." + tag);
        for (String page : List.of("/portal/choices", "/portal/details")) {
            assertThat(mvc.get().uri(page).with(Who.PERSON.signedIn(a)).exchange()).as(page).hasStatusOk().bodyText()
                    .doesNotContain("birgitte." + tag, "Birgitte", ofB.value().toString());
        }
    }

    @Test
    void aPersonCannotChangeAnotherPersonsDetailsByNamingThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonId a = person("Anna", "anna." + tag + "@example.dk");
        PersonId b = person("Birgitte", "birgitte." + tag + "@example.dk");

        assertThat(mvc.post().uri("/portal/details").with(Who.PERSON.signedIn(a)).with(csrf()).param("person", b.value().toString())
                .param("id", b.value().toString()).param("city", "Hjoerring").param("street", "Kirkevej 99")
                .param("postcode", "9800").exchange()).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/portal/details").with(Who.PERSON.signedIn(b)).exchange()).bodyText()
                .doesNotContain("Kirkevej 99");
        assertThat(mvc.get().uri("/portal/details").with(Who.PERSON.signedIn(a)).exchange()).bodyText()
                .contains("Kirkevej 99");
    }

    @Test
    void aRecruiterGetsNoCprNumberHealthReasonOrCriminalRecordFromPagesOrApi() {
        PersonId employee = employeeWithSecrets();
        String full = CPR.replace("-", "");

        for (String uri : List.of("/employees/" + employee.value(), "/api/v1/employees/" + employee.value(), "/employees",
                "/api/v1/employees?size=1000", "/api/v1/employees/permit-warnings")) {
            MvcTestResult recruiter = mvc.get().uri(uri).with(user("idor-recruiter").roles("RECRUITER")).exchange();
            assertThat(recruiter).as(uri).hasStatusOk();
            assertThat(recruiter).bodyText().as(uri).doesNotContain(CPR, full, "-4321", HEALTH, CRIMINAL);
        }
        assertThat(mvc.get().uri("/employees/" + employee.value()).with(user("idor-payroll").roles("PAYROLL")).exchange())
                .as("the control: payroll sees the number and the health reason").bodyText().contains(CPR, HEALTH)
                .doesNotContain(CRIMINAL);
        assertThat(mvc.get().uri("/api/v1/employees/" + employee.value()).with(user("idor-screening").roles("SCREENING"))
                .exchange()).as("the control: screening sees the criminal record").bodyText().contains(CRIMINAL)
                .doesNotContain(full, CPR, HEALTH);
        for (String uri : List.of("/candidates/" + employee.value(), "/api/v1/candidates/" + employee.value())) {
            assertThat(mvc.get().uri(uri).with(user("idor-recruiter").roles("RECRUITER")).exchange()).bodyText().as(uri)
                    .doesNotContain(CPR, full, "-4321", HEALTH, CRIMINAL);
        }
    }

    @Test
    void aProfileProposedToAClientCarriesNoCprNumberEvenOneTypedIntoIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonId candidate = staff(() -> {
            PersonId id = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE,
                    new PersonName("Carl", "Kunde-Forslag"), new ContactDetails("carl." + tag + "@example.dk", null),
                    LocalDate.of(1990, 5, 17), new PostalAddress("Vestergade 3", "9000", "Aalborg", null)),
                    new Profile("Truckfører, CPR " + CPR + " (skrevet ved en fejl)", null, List.of("idor-" + tag),
                            Profile.WorkType.EITHER, null, null)), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
            candidates.confirmEmail(id, PurposeId.SUITABILITY);
            return id;
        });
        mvc.post().uri("/employees/" + candidate.value() + "/cpr").param("cpr", CPR).with(csrf())
                .with(user("idor-payroll").roles("PAYROLL")).exchange();
        ClientId client = ClientFixtures.client(clients, "Forslag " + tag + " ApS");
        PersonId contact = ClientFixtures.contact(clients, client);
        String to = clients.contact(contact, PurposeId.ASSIGNMENT).email();
        JobOrderId order = ClientFixtures.temporaryOrder(jobOrders, client, List.of("idor-" + tag),
                List.of(new RequiredLanguage("da", "B2")), LocalDate.now().plusMonths(1));

        var placement = staff(() -> placements.propose(order.value(), candidate, contact));

        String mail = GreenMailUtil.getBody(mailTo(to));
        assertThat(mail).contains("Truckf", "udeladt").doesNotContain(CPR, CPR.replace("-", ""), "-4321");
        assertThat(CprShape.appearsIn(mail)).as("no CPR-shaped number in the mail to the client").isFalse();
        for (String uri : List.of("/placements/" + placement.value(), "/api/v1/placements/" + placement.value())) {
            assertThat(mvc.get().uri(uri).with(user("idor-recruiter").roles("RECRUITER")).exchange()).bodyText().as(uri)
                    .doesNotContain(CPR.replace("-", ""), "-4321");
        }
    }

    private MimeMessage mailTo(String to) throws Exception {
        for (int wait = 0; wait < 50; wait++) {
            greenMail.waitForIncomingEmail(100, greenMail.getReceivedMessages().length + 1);
            var found = Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
                try {
                    return message.getAllRecipients()[0].toString().equals(to);
                } catch (Exception unreadable) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no mail reached the client's contact");
    }

    private PersonId employeeWithSecrets() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonId employee = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE,
                new PersonName("Erik", "Hemmeligsen"), new ContactDetails("erik." + tag + "@example.dk", null), null, null),
                null), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        staff(() -> employments.hire(employee, new Hire(Hire.Kind.TEMPORARY, "Operatør", "Kunde A/S",
                LocalDate.now().minusDays(20), new BigDecimal("185.50")), PurposeId.EMPLOYMENT));
        String file = "/employees/" + employee.value();
        post(file + "/cpr", "PAYROLL", "cpr", CPR);
        post(file + "/health-basis", "PAYROLL", "reference", "Funktionærloven § 5");
        post(file + "/absences", "PAYROLL", "firstDay", LocalDate.now().minusDays(3).toString(), "lastDay",
                LocalDate.now().minusDays(2).toString(), "type", "SICKNESS", "healthReason", HEALTH);
        post(file + "/criminal-record/consent", "SCREENING", "channel", "IN_PERSON");
        post(file + "/criminal-record", "SCREENING", "text", CRIMINAL, "issuedOn", LocalDate.now().minusDays(1).toString());
        return employee;
    }

    private void post(String uri, String role, String... params) {
        var post = mvc.post().uri(uri).with(csrf()).with(user("idor-" + role.toLowerCase()).roles(role));
        for (int i = 0; i < params.length; i += 2) {
            post = post.param(params[i], params[i + 1]);
        }
        assertThat(post.exchange()).as(uri).hasStatus3xxRedirection();
    }

    private PersonId person(String givenName, String email) {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName(givenName, "Portalsen"),
                new ContactDetails(email, null), null, null), PurposeId.SUITABILITY);
    }

    private RequestId answered(PersonId person) {
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL,
                requests.today());
        requests.complete(id, "Svar klar");
        return id;
    }

    private static <T> T staff(java.util.function.Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("idor-staff", "x", "ROLE_RECRUITER", "ROLE_PAYROLL"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
