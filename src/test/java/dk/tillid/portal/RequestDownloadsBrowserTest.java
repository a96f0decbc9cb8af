package dk.tillid.portal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.document.Documents;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.CandidateWithEverything;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.requests.ZipContents;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access and portability end to end in real browsers: the person signs in by the mailed link and
 * asks; the DPO reads or downloads the package and answers; the person is told by a mail without
 * data and downloads the zip from their page. Only the candidate's data is set up behind the
 * browsers' backs.
 */
@BrowserTest
class RequestDownloadsBrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired GreenMail greenMail;
    @Autowired Candidates candidates;
    @Autowired Documents documents;
    @Autowired ConsentLedger consents;
    @Autowired SubjectRequests requests;
    @Autowired JsonMapper json;

    @TempDir Path personDownloads;
    @TempDir Path dpoDownloads;

    @Test
    void thePersonAsksTheDpoAnswersAndThePersonDownloadsTheirPortableData() throws Exception {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        String dpo = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        String dpoPassword = StaffFixtures.account(context, dpo, List.of(Role.DPO));

        try (Browser person = Browser.open(port, personDownloads)) {
            RequestId id = signInAndAsk(person, candidate, SubjectRequest.Kind.PORTABILITY);

            try (Browser staff = Browser.open(port, dpoDownloads)) {
                signInAsStaff(staff, dpo, dpoPassword);
                staff.go("/dpo/requests/" + id.value());
                staff.driver().findElement(By.cssSelector("a[href$='/portability.zip']")).click();
                assertExport(finishedZip(staff, dpoDownloads), candidate);
                staff.driver().findElement(By.id("answer")).sendKeys("Dine data er klar til at hente");
                staff.navigating(By.cssSelector("form[action$='/complete'] button"));
            }

            person.go("/portal/choices");
            person.driver().findElement(By.cssSelector("a[href='/portal/requests/" + id.value() + "/package.zip']")).click();
            assertExport(finishedZip(person, personDownloads), candidate);
        }
    }

    @Test
    void thePersonAsksForAccessTheDpoReadsThePackageAndAnswersAndThePersonDownloadsIt() throws Exception {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        String email = candidate.person.contact().email();
        String dpo = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        String dpoPassword = StaffFixtures.account(context, dpo, List.of(Role.DPO));

        try (Browser person = Browser.open(port, personDownloads)) {
            RequestId id = signInAndAsk(person, candidate, SubjectRequest.Kind.ACCESS);

            try (Browser staff = Browser.open(port, dpoDownloads)) {
                signInAsStaff(staff, dpo, dpoPassword);
                staff.go("/dpo/requests/" + id.value() + "/package");
                assertThat(staff.driver().findElement(By.tagName("main")).getText())
                        .contains(candidate.person.name().familyName(), "Datatilsynet");
                staff.go("/dpo/requests/" + id.value());
                staff.driver().findElement(By.id("answer")).sendKeys("Her er alt, hvad vi har om dig");
                staff.navigating(By.cssSelector("form[action$='/complete'] button"));
            }

            String told = String.valueOf(answerMailedTo(email).getContent());
            assertThat(told).contains("/portal/choices").doesNotContain(candidate.person.name().familyName());
            person.go("/portal/choices");
            person.driver().findElement(By.cssSelector("a[href='/portal/requests/" + id.value() + "/package.zip']")).click();
            ZipContents zip = finishedZip(person, personDownloads);
            assertThat(zip.text("access-package.json")).contains(candidate.person.name().familyName(), "tillid-access-package/1");
            assertThat(zip.text("access-package.html")).contains(candidate.person.name().familyName());
            for (CandidateWithEverything.Original original : candidate.originals) {
                assertThat(zip.entries().values()).as(original.name()).anySatisfy(content -> assertThat(content).isEqualTo(original.content()));
            }
        }
    }

    /** The person signs in with the mailed link, as they would, and asks for the kind of request on their page. */
    private RequestId signInAndAsk(Browser person, CandidateWithEverything candidate, SubjectRequest.Kind kind) throws Exception {
        String email = candidate.person.contact().email();
        person.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        person.go("/portal/sign-in");
        person.driver().findElement(By.id("email")).sendKeys(email);
        person.navigating(By.cssSelector("main form[action='/portal/sign-in'] button"));
        person.go("/portal/sign-in/confirm?token=" + tokenMailedTo(email));
        person.navigating(By.cssSelector("main form[action='/portal/sign-in/confirm'] button"));
        person.go("/portal/choices");
        person.navigating(By.cssSelector("main form[action='/portal/requests'] input[value=" + kind + "] + button"));
        return requests.of(candidate.id.subject()).stream().filter(request -> request.kind() == kind).findFirst().orElseThrow().id();
    }

    private static void signInAsStaff(Browser staff, String username, String password) {
        staff.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        staff.go("/login");
        staff.driver().findElement(By.id("username")).sendKeys(username);
        staff.driver().findElement(By.id("password")).sendKeys(password);
        staff.navigating(By.cssSelector("main form button[type=submit]"));
        StaffFixtures.enterSecondFactor(staff, username);
    }

    private MimeMessage answerMailedTo(String email) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                boolean mine = java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(email));
                if (mine && message.getSubject().contains("Svar")) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no answer was mailed");
    }

    private void assertExport(ZipContents zip, CandidateWithEverything candidate) throws Exception {
        JsonNode export = json.readTree(zip.text("portability.json"));
        assertThat(schema().validate(export)).isEmpty();
        assertThat(export.at("/basics/name").asString()).isEqualTo(candidate.person.name().fullName());
        assertThat(zip.entries()).containsKeys("csv/education.csv", "tillid-portability-1.schema.json");
        for (CandidateWithEverything.Original original : candidate.originals) {
            if (original.portable()) {
                assertThat(zip.entries().values()).as(original.name()).anySatisfy(content -> assertThat(content).isEqualTo(original.content()));
            } else {
                assertThat(zip.entries().values()).as("a reference letter is the referee's").noneSatisfy(content ->
                        assertThat(content).isEqualTo(original.content()));
            }
        }
    }

    private Schema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/static/schemas/tillid-portability-1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    /** The zip once Chromium has finished writing it; then it is moved away, so the next download is told apart. */
    private static ZipContents finishedZip(Browser browser, Path downloads) throws Exception {
        Path zip = browser.waiting().withTimeout(Duration.ofSeconds(20)).until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                return all.stream().anyMatch(file -> file.toString().endsWith(".crdownload")) ? null
                        : all.stream().filter(file -> file.toString().endsWith(".zip")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        ZipContents contents = ZipContents.of(Files.readAllBytes(zip));
        Files.delete(zip);
        return contents;
    }

    private String tokenMailedTo(String email) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                boolean mine = java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(email));
                // The decoded text: the raw body is quoted-printable, where "=" is written "=3D".
                Matcher token = Pattern.compile("sign-in/confirm\\?token=([A-Za-z0-9_-]+)").matcher(String.valueOf(message.getContent()));
                if (mine && token.find()) {
                    return token.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no sign-in link was mailed");
    }

}
