package dk.tillid.candidate;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.document.DocumentInfo;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "recruiter-documents-page", roles = "RECRUITER")
class CandidateDocumentPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Candidates candidates;

    @Autowired
    Documents documents;

    @Test
    void aRecruiterUploadsACvAndDownloadsItAsAnUncachedAttachment() {
        PersonId id = candidate();

        var uploaded = upload(id, "CV", "Mit CV – Ærø.docx",
                SampleFiles.docx(SampleFiles.documentXml(SampleFiles.paragraphs("Smed i Ærøskøbing"))));

        assertThat(uploaded).hasStatus3xxRedirection();
        DocumentInfo stored = documents.list(id, PurposeId.SUITABILITY).get(0);
        assertThat(mvc.get().uri("/candidates/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .contains("Mit CV – Ærø.docx");
        var download = mvc.get().uri("/candidates/" + id.value() + "/documents/" + stored.id().value()).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download).hasContentType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download).headers().hasValue("Cache-Control", "no-store")
                .hasValue("Content-Disposition", "attachment; filename=\"Mit CV _ AEro.docx\"; "
                        + "filename*=UTF-8''Mit%20CV%20%E2%80%93%20%C3%86r%C3%B8.docx");
    }

    @Test
    void eachRefusalSaysWhyInPlainWordsAndKeepsNothing() {
        PersonId id = candidate();

        assertRefused(upload(id, "CV", "cv.pdf", "<html><script>alert(1)</script></html>".getBytes()),
                "This file is something else, whatever its name says.");
        assertRefused(upload(id, "CV", "cv.docx", SampleFiles.docxBomb(200L * 1024 * 1024)),
                "Please save it again, or send it as PDF.");
        assertRefused(upload(id, "CERTIFICATE", "huge.pdf", new byte[11 * 1024 * 1024]),
                "The file is larger than 10 MB");
        assertRefused(upload(id, "CV", "empty.pdf", new byte[0]), "Choose a file to upload");

        assertThat(documents.list(id, PurposeId.SUITABILITY)).isEmpty();
    }

    @Test
    void theListFindsCandidatesByTheWordsOfTheirDocuments() {
        PersonId id = candidate();
        String word = "kranfører" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        upload(id, "CV", "cv.pdf", SampleFiles.pdf("Erfaren " + word + " fra Esbjerg"));

        var found = mvc.post().uri("/candidates").with(csrf()).param("words", word).exchange();
        var notFound = mvc.post().uri("/candidates").with(csrf()).param("words", word + "x").exchange();

        assertThat(found).bodyText().contains("/candidates/" + id.value());
        assertThat(notFound).bodyText().doesNotContain("/candidates/" + id.value());
    }

    private void assertRefused(MvcTestResult result, String why) {
        assertThat(result).hasStatus3xxRedirection();
        String page = result.getMvcResult().getResponse().getRedirectedUrl();
        var shown = mvc.get().uri(page).header("Accept-Language", "en")
                .with(dk.tillid.Flash.attribute("uploadRefused", result.getMvcResult().getFlashMap().get("uploadRefused"))).exchange();
        assertThat(shown).bodyText().contains(why);
    }

    private MvcTestResult upload(PersonId id, String kind, String name, byte[] content) {
        return mvc.post().uri("/candidates/" + id.value() + "/documents").multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("kind", kind).with(csrf()).header("Accept-Language", "en").exchange();
    }

    private PersonId candidate() {
        return candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Dorte", "Dokument"),
                new ContactDetails("dorte." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk", null), null, null),
                null), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
    }

}
