package dk.tillid;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.Experience;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.NextOfKin;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Referee;
import dk.tillid.candidate.Unemployment;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The proof of erasure: a never-employed candidate with data in every corner asks for
 * erasure in the portal, the DPO carries it out, and then a dump of the whole database (every table,
 * as COPY writes it, which is what pg_dump does for data) and every byte of the file store are
 * searched for each of that person's unique values. None may be found.
 */
@IntegrationTest
@WithMockUser(username = "recruiter-trace", roles = "RECRUITER")
class ErasureLeavesNoTraceTest {

    @Autowired MockMvcTester mvc;
    @Autowired Candidates candidates;
    @Autowired Persons persons;
    @Autowired Documents documents;
    @Autowired ConsentLedger consents;
    @Autowired SubjectRequests requests;
    @Autowired AuditTrail audit;
    @Autowired GreenMail greenMail;
    @Autowired Flyway flyway;
    @Autowired ApplicationContext context;

    @Test
    void afterTheErasureNoDumpAndNoFileHoldsAnyOfThePersonsValues() throws Exception {
        Unique unique = new Unique();
        PersonId person = candidateWithEverything(unique);
        assertThat(search(dump(), unique.all())).as("the values are in the database before").isNotEmpty();

        var asked = mvc.post().uri("/portal/requests").param("kind", "ERASURE").with(csrf()).with(signedIn(person)).exchange();
        assertThat(asked).hasStatus3xxRedirection();
        var request = requests.of(person.subject()).stream().filter(r -> r.kind() == SubjectRequest.Kind.ERASURE)
                .findFirst().orElseThrow();
        var carriedOut = mvc.post().uri("/dpo/requests/" + request.id().value() + "/erasure").with(csrf())
                .with(user("dpo-trace").roles("DPO")).exchange();
        assertThat(carriedOut).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/deletions");
        awaitReceiptTo(unique.email());
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        for (int attempt = 0; attempt < 50 && owner.sql("SELECT count(*) FROM notification_outbox WHERE recipient = :to")
                .param("to", unique.email()).query(Integer.class).single() > 0; attempt++) {
            Thread.sleep(100); // the sender marks the mail sent (and forgets it) after the SMTP server took it
        }
        audit.flush();

        assertThat(search(dump(), unique.all())).as("values left in the database dump").isEmpty();
        assertThat(searchFiles(unique.all())).as("values left in the file store").isEmpty();
        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
    }

    /** Values no one else has: letters only, so that name and city rules accept them. */
    record Unique(String given, String family, String email, String phone, String street, String city, String summary,
                  String skill, String school, String employer, String kin, String kinPhone, String referee,
                  String fund, String note, String documentWord) {

        Unique() {
            this(word(), word(), "trace-" + UUID.randomUUID() + "@example.dk", "+45 " + digits(), word() + "vej 7", word(),
                    "Ekspert i " + word(), word(), word() + " Skole", word() + " ApS", word() + " " + word(), "+45 " + digits(),
                    word() + " " + word(), word() + " A-kasse", "Ringede om " + word(), word());
        }

        List<String> all() {
            return List.of(given, family, email, phone.replace(" ", ""), street, city, summary, skill, school, employer, kin,
                    kinPhone.replace(" ", ""), referee, fund, note, documentWord);
        }

        private static String word() {
            String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            StringBuilder letters = new StringBuilder("Q");
            hex.chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
            return letters.toString();
        }

        private static String digits() {
            return String.valueOf(10_000_000 + (long) (Math.random() * 89_999_999));
        }
    }

    private PersonId candidateWithEverything(Unique u) {
        PersonId person = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName(u.given(), u.family()),
                new ContactDetails(u.email(), u.phone()), LocalDate.of(1991, 4, 2),
                new PostalAddress(u.street(), "9400", u.city(), null)),
                new Profile("Lagerarbejder", u.summary(), List.of(u.skill()), Profile.WorkType.EITHER, null, null)),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        candidates.confirmEmail(person, PurposeId.SUITABILITY);
        candidates.add(person, new Education(null, u.school(), "Logistik", LocalDate.of(2010, 8, 1), LocalDate.of(2012, 6, 30), true),
                PurposeId.SUITABILITY);
        candidates.add(person, new Experience(null, Experience.Kind.JOB, u.employer(), "Pakker", LocalDate.of(2013, 1, 1), null,
                "Pakkede varer"), PurposeId.SUITABILITY);
        candidates.add(person, new Referee(null, u.referee(), "Firma A/S", "Chef", null, null, "God"), PurposeId.SUITABILITY);
        candidates.add(person, new NextOfKin(null, u.kin(), "søster", u.kinPhone(), null), PurposeId.ADMINISTRATION);
        candidates.setLanguage(person, new LanguageSkill("pl", LanguageSkill.Level.B2), PurposeId.SUITABILITY);
        candidates.setUnemployment(person, new Unemployment(LocalDate.of(2026, 1, 5), u.fund(), null, null, null), PurposeId.SUITABILITY);
        persons.recordContact(person, ContactEvent.Kind.CALL, u.note(), PurposeId.SUITABILITY);
        consents.give(person.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.PHONE);
        documents.upload(new Upload(person, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("Curriculum vitae", u.documentWord())),
                PurposeId.SUITABILITY);
        return person;
    }

    /** Every table of the schema, every row, as COPY TO STDOUT writes it (as the owner, who sees all). */
    private String dump() throws Exception {
        DataSource owner = flyway.getConfiguration().getDataSource();
        List<String> tables = JdbcClient.create(owner).sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1""")
                .query(String.class).list();
        StringWriter dump = new StringWriter();
        try (Connection connection = owner.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                dump.append("-- ").append(table).append('\n');
                copy.copyOut("COPY \"" + table + "\" TO STDOUT", dump);
            }
        }
        assertThat(tables).as("the dump covers the whole schema").contains("person", "candidate", "document", "notification_outbox");
        return dump.toString();
    }

    private List<String> searchFiles(List<String> values) throws IOException {
        Path store = (Path) ReflectionTestUtils.getField(context.getBean("documentStore"), "directory");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.addAll(search(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), values));
                found.addAll(search(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), values));
            }
        }
        return found;
    }

    private static List<String> search(String haystack, List<String> values) {
        String lower = haystack.toLowerCase(Locale.ROOT);
        return values.stream().filter(value -> lower.contains(value.toLowerCase(Locale.ROOT))).toList();
    }

    private void awaitReceiptTo(String email) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (var message : greenMail.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                            && message.getSubject().contains("slettet")) {
                        return;
                    }
                } catch (Exception ignored) {
                    // not this one
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no receipt was sent");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}
