package dk.tillid.access;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dk.tillid.placement.PlacementId;
import dk.tillid.placement.Placements;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.retention.LegalHolds;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One of each thing an endpoint's path names, made through the modules and the pages as staff would:
 * a candidate with an item in each section, a language, next of kin and a document; a client with a
 * contact and an open job order; a proposal; an employee; a data-subject request answered for the
 * portal person; a processor, a legal hold and an e-mail in the outbox. {@link #path} fills a
 * pattern's variables with their ids.
 */
final class MatrixFixtures {

    private static final Pattern UUID_IN_LINK = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    final PersonId portalPerson;
    /** The value of each path variable, by the path before it ("/candidates/{id}") or by its name. */
    private final Map<String, String> values = new TreeMap<>();

    private MatrixFixtures(PersonId portalPerson) {
        this.portalPerson = portalPerson;
    }

    static MatrixFixtures create(ApplicationContext context, MockMvcTester mvc) {
        return asStaff(() -> build(context, mvc));
    }

    private static MatrixFixtures build(ApplicationContext context, MockMvcTester mvc) {
        // The staff askers are real accounts (pages of one's own account look the account up by name).
        for (Who who : Who.values()) {
            if (who.isStaff()) {
                dk.tillid.identity.StaffFixtures.account(context, who.username(),
                        List.of(dk.tillid.identity.Role.valueOf(who.name())));
            }
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Persons persons = context.getBean(Persons.class);
        Candidates candidates = context.getBean(Candidates.class);
        Clients clients = context.getBean(Clients.class);
        JobOrders jobOrders = context.getBean(JobOrders.class);
        SubjectRequests requests = context.getBean(SubjectRequests.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);

        PersonId candidate = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE,
                new PersonName("Mads", "Matrixsen"), new ContactDetails("mads." + tag + "@example.dk", "+45 20 30 40 50"),
                LocalDate.of(1990, 5, 17), new PostalAddress("Vestergade 3", "9000", "Aalborg", null)),
                new Profile("Lagermedarbejder", null, List.of("matrix-" + tag, "truck"), Profile.WorkType.EITHER, null, null)),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        candidates.confirmEmail(candidate, PurposeId.SUITABILITY);
        String candidatePath = "/candidates/" + candidate.value();
        recruiter(mvc, candidatePath + "/education/new", "institution", "Aalborg Handelsskole", "programme", "Logistik",
                "startedOn", "2010-08-01", "endedOn", "2012-06-30", "completed", "true");
        recruiter(mvc, candidatePath + "/languages/new", "language", "pl", "level", "B2");
        recruiter(mvc, candidatePath + "/next-of-kin/new", "name", "Lærke Holm", "relation", "søster", "phone", "+45 40 50 60 70");
        mvc.post().uri(candidatePath + "/documents").multipart()
                .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", dk.tillid.document.SampleFiles.pdf("Lager og truck")))
                .param("kind", "CV").with(csrf()).with(user("matrix-fixtures").roles("RECRUITER")).exchange();
        String page = utf8(mvc.get().uri(candidatePath).with(user("matrix-fixtures").roles("RECRUITER")).exchange()
                .getMvcResult().getResponse().getContentAsByteArray());
        String kin = utf8(mvc.get().uri(candidatePath + "/next-of-kin").with(user("matrix-fixtures").roles("RECRUITER")).exchange()
                .getMvcResult().getResponse().getContentAsByteArray());

        ClientId client = ClientFixtures.client(clients, "Matrix Montage " + tag + " ApS");
        PersonId contact = ClientFixtures.contact(clients, client);
        JobOrderId order = ClientFixtures.temporaryOrder(jobOrders, client, List.of("matrix-" + tag),
                List.of(new RequiredLanguage("da", "B2")), LocalDate.now().plusMonths(2));
        PlacementId placement = context.getBean(Placements.class).propose(order.value(), candidate, contact);

        PersonId employee = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Eva", "Ansatsen"),
                new ContactDetails("eva." + tag + "@example.dk", null), null, null), PurposeId.SUITABILITY);
        context.getBean(Employments.class).hire(employee, new Hire(Hire.Kind.TEMPORARY, "Operatør", "Kunde A/S",
                LocalDate.now().minusDays(10), new BigDecimal("185.50")), PurposeId.EMPLOYMENT);

        PersonId portalPerson = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Pia", "Portalsen"),
                new ContactDetails("pia." + tag + "@example.dk", null), null, null), PurposeId.SUITABILITY);
        RequestId ownRequest = requests.receive(portalPerson.subject(), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.PORTAL, requests.today());
        requests.complete(ownRequest, "Svar klar");
        PersonId requester = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Rasmus", "Anmodersen"),
                new ContactDetails("rasmus." + tag + "@example.dk", null), null, null), PurposeId.SUITABILITY);
        RequestId dpoRequest = requests.receive(requester.subject(), SubjectRequest.Kind.PORTABILITY,
                SubjectRequest.Channel.EMAIL, requests.today());
        requests.identityVerified(dpoRequest);

        UUID processor = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO processor (id, name, service, agreement_reference, categories, country, active, updated_at)
                        VALUES (:id, :name, 'Matrixdrift', 'DBA-MATRIX', ARRAY['P-DATA-1'], 'DK', true, now())""")
                .param("id", processor).param("name", "Matrix Hosting " + tag).update();
        UUID hold = context.getBean(LegalHolds.class).place(requester.subject(), "Sag ved Retten i Aalborg",
                LocalDate.now().plusMonths(6)).id();
        String breach = mvc.post().uri("/dpo/breaches").with(csrf()).with(user("matrix-fixtures").roles("DPO"))
                .param("awareAt", java.time.LocalDateTime.now().minusHours(2).withNano(0).withSecond(0).toString())
                .param("description", "En bærbar med en eksport blev stjålet").param("categories", "P-DATA-1")
                .param("peopleAffected", "3").param("recordsAffected", "3").param("consequences", "Risiko for phishing")
                .param("measures", "Fjernsletning; adgangskoder skiftet").exchange().getMvcResult().getResponse().getRedirectedUrl();
        mvc.post().uri("/portal/sign-in").param("email", "pia." + tag + "@example.dk").with(csrf()).exchange();
        UUID outbox = jdbc.sql("SELECT id FROM notification_outbox ORDER BY created_at DESC LIMIT 1").query(UUID.class).single();

        // A campaign whose audience is nobody: the matrix sends it, and no other test's person may get it.
        String campaign = mvc.post().uri("/campaigns/new").with(csrf()).with(user("matrix-fixtures").roles("RECRUITER"))
                .param("name", "Matrix " + tag).param("subjectDa", "Nyt").param("textDa", "Tekst").param("subjectEn", "News")
                .param("textEn", "Text").param("audienceKind", "").param("audienceCity", "Ingenby " + tag)
                .exchange().getMvcResult().getResponse().getRedirectedUrl();
        MatrixFixtures fixtures = new MatrixFixtures(portalPerson);
        // No account's: an empty POST must not disable or re-role an asker of the matrix (404 is fine).
        fixtures.values.put("/admin/accounts/{id}", UUID.randomUUID().toString());
        fixtures.values.put("/candidates/{id}", candidate.value().toString());
        fixtures.values.put("/api/v1/candidates/{id}", candidate.value().toString());
        fixtures.values.put("/clients/{id}", client.value().toString());
        fixtures.values.put("/api/v1/clients/{id}", client.value().toString());
        fixtures.values.put("{person}", contact.value().toString());
        fixtures.values.put("/job-orders/{id}", order.value().toString());
        fixtures.values.put("/api/v1/job-orders/{id}", order.value().toString());
        fixtures.values.put("{jobOrder}", order.value().toString());
        fixtures.values.put("/placements/{id}", placement.value().toString());
        fixtures.values.put("/api/v1/placements/{id}", placement.value().toString());
        fixtures.values.put("/employees/{id}", employee.value().toString());
        fixtures.values.put("/api/v1/employees/{id}", employee.value().toString());
        fixtures.values.put("/portal/requests/{id}", ownRequest.value().toString());
        fixtures.values.put("/dpo/requests/{id}", dpoRequest.value().toString());
        fixtures.values.put("/dpo/processors/{id}", processor.toString());
        fixtures.values.put("/dpo/legal-holds/{id}", hold.toString());
        fixtures.values.put("/admin/outbox/{id}", outbox.toString());
        fixtures.values.put("/dpo/breaches/{id}", first(breach, "/dpo/breaches/(" + UUID_IN_LINK.pattern() + ")"));
        fixtures.values.put("{documentId}", first(page, "/documents/(" + UUID_IN_LINK.pattern() + ")"));
        fixtures.values.put("{section:education|experience|courses|referees}", "education");
        fixtures.values.put("{itemId}", first(page, "/education/(" + UUID_IN_LINK.pattern() + ")/remove"));
        fixtures.values.put("/next-of-kin/{itemId}", first(kin, "/next-of-kin/(" + UUID_IN_LINK.pattern() + ")/remove"));
        fixtures.values.put("/campaigns/{id}", first(campaign, "/campaigns/(" + UUID_IN_LINK.pattern() + ")"));
        fixtures.values.put("{token}", "not-a-token");
        fixtures.values.put("{code}", "pl");
        fixtures.values.put("{language}", "pl");
        fixtures.values.put("{requiredMetricName}", "jvm.memory.used");
        fixtures.values.put("**", "db");
        return fixtures;
    }

    /** The pattern with each variable filled: by the path before it if the fixtures know it, else by its name. */
    String path(String pattern) {
        StringBuilder path = new StringBuilder();
        Matcher variable = Pattern.compile("\\{[^/]*?}|\\*\\*").matcher(pattern);
        int from = 0;
        while (variable.find()) {
            path.append(pattern, from, variable.start());
            String name = variable.group();
            String before = path.toString();
            String value = values.entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith(name) && entry.getKey().length() > name.length()
                            && before.endsWith(entry.getKey().substring(0, entry.getKey().length() - name.length())))
                    .map(Map.Entry::getValue).findFirst().orElse(values.get(name));
            if (value == null) {
                throw new IllegalStateException("No fixture for " + name + " in " + pattern + ": add one to MatrixFixtures");
            }
            path.append(value);
            from = variable.end();
        }
        return path.append(pattern.substring(from)).toString();
    }

    private static void recruiter(MockMvcTester mvc, String uri, String... params) {
        var post = mvc.post().uri(uri).with(csrf()).with(user("matrix-fixtures").roles("RECRUITER"));
        for (int i = 0; i < params.length; i += 2) {
            post = post.param(params[i], params[i + 1]);
        }
        post.exchange();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String first(String html, String regex) {
        Matcher found = Pattern.compile(regex).matcher(html);
        if (!found.find()) {
            throw new IllegalStateException("The fixture page has no " + regex);
        }
        return found.group(1);
    }

    /** The modules check who acts; the fixtures are made by a member of staff with every role. */
    private static <T> T asStaff(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("matrix-fixtures", "x", "ROLE_RECRUITER", "ROLE_PAYROLL",
                "ROLE_SCREENING", "ROLE_DPO", "ROLE_ADMIN"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
