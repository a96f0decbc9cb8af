package dk.tillid.privacy.requests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Art. 15 in one download: the package as JSON and as a page that needs nothing from outside, with the original files. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "dpo-access-zip", roles = {"DPO", "RECRUITER"})
class AccessPackageZipTest {

    @Autowired MockMvcTester mvc;
    @Autowired Candidates candidates;
    @Autowired Documents documents;
    @Autowired ConsentLedger consents;
    @Autowired SubjectRequests requests;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void theZipHoldsTheJsonThePageAndTheFilesTheyReferTo() throws Exception {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        RequestId id = requests.receive(candidate.id.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(id); // the DPO checked who wrote

        var response = mvc.get().uri("/dpo/requests/" + id.value() + "/package.zip").header("Accept-Language", "en").exchange();

        assertThat(response).hasStatusOk().hasContentType("application/zip");
        assertThat(response).headers().hasValue("Cache-Control", "no-store");
        assertThat(response.getMvcResult().getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        ZipContents zip = ZipContents.of(response.getMvcResult().getResponse().getContentAsByteArray());
        assertThat(zip.entries().keySet()).containsExactlyInAnyOrder("access-package.json", "access-package.html",
                "files/AEro-CV.pdf", "files/bevis.pdf", "files/bevis-2.pdf");

        String jsonText = zip.text("access-package.json");
        JsonNode pkg = json.readTree(jsonText);
        assertThat(pkg.get("format").asString()).isEqualTo("tillid-access-package/1");
        assertThat(jsonText).doesNotContain("contentBase64").contains(candidate.person.contact().email(),
                // Art. 15 is everything: the referee's statement is here, unlike in the portable data.
                candidate.refereeStatement);
        var files = pkg.findValuesAsString("file");
        assertThat(files).containsExactlyInAnyOrder("files/AEro-CV.pdf", "files/bevis.pdf", "files/bevis-2.pdf");
        for (String file : files) {
            assertThat(candidate.originals).as(file).anySatisfy(original ->
                    assertThat(zip.entries().get(file)).isEqualTo(original.content()));
        }
        assertThat(candidate.originals).filteredOn(original -> !original.portable()).singleElement().as("the reference letter")
                .satisfies(letter -> assertThat(zip.entries().values()).anySatisfy(content ->
                        assertThat(content).isEqualTo(letter.content())));

        String page = zip.text("access-package.html");
        assertThat(page).contains("<style>", "What we hold about you", candidate.person.name().givenName(),
                "href=\"files/bevis-2.pdf\"", "Ærø CV.pdf", "Datatilsynet");
        assertThat(page).as("self-contained").doesNotContain("<link", "<script", "src=\"http", "href=\"http", "url(");

        // The JSON alone is the zip's JSON; the DPO's page offers the zip.
        var alone = mvc.get().uri("/dpo/requests/" + id.value() + "/package.json").exchange();
        assertThat(alone).bodyText().contains("\"file\":\"files/bevis.pdf\"").doesNotContain("contentBase64");
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).exchange()).bodyText()
                .contains("/dpo/requests/" + id.value() + "/package.zip").doesNotContain("portability.zip");
    }

    @Test
    void aStoredFileGoneMissingIsLeftOutAndTheZipStaysWhole(CapturedOutput output) throws Exception {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        var cv = documents.list(candidate.id, PurposeId.SUITABILITY).stream()
                .filter(document -> document.kind() == DocumentKind.CV).findFirst().orElseThrow();
        String storageName = jdbc.sql("SELECT storage_name FROM document WHERE id = :id").param("id", cv.id().value())
                .query(String.class).single();
        // The store's directory has a random name per test run; the file's own name is random and unique.
        try (var found = Files.find(Path.of(System.getProperty("java.io.tmpdir"), "tillid-test"), 3,
                (path, attributes) -> path.getFileName().toString().equals(storageName))) {
            Files.delete(found.findFirst().orElseThrow());
        }
        RequestId id = requests.receive(candidate.id.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(id); // the DPO checked who wrote

        var response = mvc.get().uri("/dpo/requests/" + id.value() + "/package.zip").exchange();

        assertThat(response).hasStatusOk();
        byte[] bytes = response.getMvcResult().getResponse().getContentAsByteArray();
        assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - 22, bytes.length - 18))
                .as("ends with the zip's central directory").containsExactly(0x50, 0x4b, 0x05, 0x06);
        assertThat(ZipContents.of(bytes).entries().keySet()).containsExactlyInAnyOrder("access-package.json",
                "access-package.html", "files/bevis.pdf", "files/bevis-2.pdf");
        assertThat(output).contains(cv.id().value().toString()).doesNotContain("Ærø", "AEro");
    }

    @Test
    void nothingIsReleasedWhileIdentityIsUnproved() {
        RequestId id = requests.receive(new dk.tillid.privacy.SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.LETTER, requests.today());
        mvc.post().uri("/dpo/requests/" + id.value() + "/await-identity").with(csrf()).exchange();

        var refused = mvc.get().uri("/dpo/requests/" + id.value() + "/package.zip").exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused.getMvcResult().getResponse().getHeader("Content-Disposition")).isNull();
    }
}
