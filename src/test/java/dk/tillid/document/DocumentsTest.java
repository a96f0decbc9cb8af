package dk.tillid.document;

import java.nio.file.Files;

import dk.tillid.IntegrationTest;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.audit.PurposeNotAllowedException;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "recruiter-documents", roles = "RECRUITER")
class DocumentsTest {

    static final PurposeId WORK = PurposeId.SUITABILITY;

    @Autowired
    Documents documents;

    @Autowired
    Persons persons;

    @Autowired
    PersonalKeys keys;

    @Autowired
    DocumentPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    @Autowired
    DocumentStore store;

    @Test
    void aCvIsStoredEncryptedUnderARandomNameAndComesBackWithoutItsMetadata() throws Exception {
        PersonId person = person();

        DocumentInfo stored = documents.upload(new Upload(person, DocumentKind.CV, "../../Ærø CV; \"final\".pdf",
                SampleFiles.pdf("Truckfører i Ørestad", "Kører gaffeltruck")), WORK);

        String storageName = jdbc.sql("SELECT storage_name FROM document WHERE id = :id")
                .param("id", stored.id().value()).query(String.class).single();
        byte[] onDisk = Files.readAllBytes(store.directory().resolve(storageName));
        assertThat(storageName).matches("[0-9a-f]{32}");
        assertThat(SampleFiles.contains(onDisk, "%PDF")).isFalse();
        assertThat(SampleFiles.contains(onDisk, "Truckf")).isFalse();
        assertThat(stored.displayName()).isEqualTo("Ærø CV; final.pdf");

        DocumentDownload download = documents.download(person, stored.id(), WORK);
        assertThat(download.info().mediaType()).isEqualTo("application/pdf");
        assertThat(SampleFiles.contains(download.content(), SampleFiles.AUTHOR)).isFalse();
        assertThat(download.contentDisposition())
                .isEqualTo("attachment; filename=\"AEro CV_ final.pdf\"; filename*=UTF-8''%C3%86r%C3%B8%20CV%3B%20final.pdf");
        assertThat(documents.list(person, WORK)).extracting(DocumentInfo::displayName).containsExactly("Ærø CV; final.pdf");
    }

    @Test
    void theTextIsSearchable() {
        PersonId person = person();
        documents.upload(new Upload(person, DocumentKind.CV, "cv.docx",
                SampleFiles.docx(SampleFiles.documentXml(SampleFiles.paragraphs("Svejser med certifikat", "Rørlægger i Åbyhøj")))), WORK);

        assertThat(documents.peopleWhoseDocumentsSay("rørlægger åbyhøj")).contains(person);
        assertThat(documents.peopleWhoseDocumentsSay("rørlægger -åbyhøj")).doesNotContain(person);
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() throws Exception {
        PersonId person = person();
        long files = filesInStore();

        assertThatThrownBy(() -> documents.upload(new Upload(person, DocumentKind.CV, "cv.pdf", "MZ not a pdf".getBytes()), WORK))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(UploadRefusedException.Reason.NOT_ALLOWED));
        assertThatThrownBy(() -> documents.upload(new Upload(person, DocumentKind.CV, "cv.docx",
                SampleFiles.docxBomb(200L * 1024 * 1024)), WORK))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        refused -> assertThat(refused.reason()).isIn(UploadRefusedException.Reason.ARCHIVE_TOO_LARGE,
                                UploadRefusedException.Reason.SUSPICIOUS_COMPRESSION));

        assertThat(documents.list(person, WORK)).isEmpty();
        assertThat(filesInStore()).isEqualTo(files);
    }

    @Test
    void aRolledBackUploadRemovesItsFile() throws Exception {
        PersonId person = person();
        long files = filesInStore();

        transactions.executeWithoutResult(status -> {
            documents.upload(new Upload(person, DocumentKind.CERTIFICATE, "bevis.png", SampleFiles.png(20, 10)), WORK);
            status.setRollbackOnly();
        });

        assertThat(filesInStore()).isEqualTo(files);
    }

    @Test
    void aPurposeSeesOnlyTheKindsThePolicyGivesIt() {
        PersonId person = person();
        documents.upload(new Upload(person, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("CV")), WORK);

        assertThatThrownBy(() -> documents.list(person, PurposeId.MARKETING)).isInstanceOf(PurposeNotAllowedException.class);
        assertThat(audit.changesOf(person.subject(), 10)).anySatisfy(change ->
                assertThat(change.categories()).containsExactly("P-DATA-2"));
    }

    @Test
    void erasureDeletesRowsAndFilesAndTheExportCarriesTheDocuments() throws Exception {
        PersonId person = person();
        DocumentInfo cv = documents.upload(new Upload(person, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("Ålborg")), WORK);
        String storageName = jdbc.sql("SELECT storage_name FROM document WHERE id = :id")
                .param("id", cv.id().value()).query(String.class).single();
        byte[] uploaded = documents.download(person, cv.id(), WORK).content();

        var item = personalData.export(person.subject()).get(0);
        assertThat(item.value()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("fileName", "cv.pdf").containsKey("file").doesNotContainKey("contentBase64");
        PersonalFile file = (PersonalFile) ((java.util.Map<?, ?>) item.value()).get("file");
        assertThat(personalData.original(person.subject(), file)).as("the export names the file; its original comes apart")
                .hasValueSatisfying(content -> assertThat(content).isEqualTo(uploaded));
        assertThat(personalData.original(new dk.tillid.privacy.SubjectId(java.util.UUID.randomUUID()), file))
                .as("only the person's own").isEmpty();

        transactions.executeWithoutResult(status -> personalData.erase(person.subject(), ErasurePlan.deleteEverything()));

        assertThat(documents.list(person, WORK)).isEmpty();
        assertThat(Files.exists(store.directory().resolve(storageName))).isFalse();
    }

    @Test
    void aReferenceLetterIsOthersAndTheCvAndCertificateAreThePersonsOwn() {
        PersonId person = person();
        for (DocumentKind kind : DocumentKind.values()) {
            documents.upload(new Upload(person, kind, kind.name().toLowerCase() + ".pdf", SampleFiles.pdf(kind.name())), WORK);
        }

        var origins = new java.util.HashMap<String, PersonalDataItem.Origin>();
        personalData.export(person.subject()).forEach(item ->
                origins.put((String) ((java.util.Map<?, ?>) item.value()).get("kind"), item.origin()));

        assertThat(origins).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "CV", PersonalDataItem.Origin.THE_PERSON,
                "CERTIFICATE", PersonalDataItem.Origin.THE_PERSON,
                "REFERENCE", PersonalDataItem.Origin.OTHERS));
    }

    private long filesInStore() throws Exception {
        try (var list = Files.list(store.directory())) {
            return list.count();
        }
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Åge", "Dokumentsen"),
                new ContactDetails(null, null), null, null), WORK);
    }

}
