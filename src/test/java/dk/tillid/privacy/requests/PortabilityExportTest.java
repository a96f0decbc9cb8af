package dk.tillid.privacy.requests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.document.Documents;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Art. 20: a candidate with every section filled gets JSON Resume plus the extension that the
 * published schema accepts, CSV tables of the same rows, and their files as stored; nothing the
 * agency made or others said.
 */
@IntegrationTest
@WithMockUser(username = "dpo-portability", roles = {"DPO", "RECRUITER"})
class PortabilityExportTest {

    @Autowired MockMvcTester mvc;
    @Autowired Candidates candidates;
    @Autowired Documents documents;
    @Autowired ConsentLedger consents;
    @Autowired SubjectRequests requests;
    @Autowired AuditTrail audit;
    @Autowired JsonMapper json;
    @Autowired dk.tillid.person.Persons persons;

    @Test
    void everySectionTheCandidateGaveIsExportedValidAgainstThePublishedSchemaWithCsvAndTheirFiles() throws Exception {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        RequestId id = requests.receive(candidate.id.subject(), SubjectRequest.Kind.PORTABILITY, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(id); // the DPO checked who wrote

        var response = mvc.get().uri("/dpo/requests/" + id.value() + "/portability.zip").exchange();

        assertThat(response).hasStatusOk().hasContentType("application/zip");
        assertThat(response).headers().hasValue("Cache-Control", "no-store");
        assertThat(response.getMvcResult().getResponse().getHeader("Content-Disposition")).startsWith("attachment").endsWith(".zip\"");
        ZipContents zip = ZipContents.of(response.getMvcResult().getResponse().getContentAsByteArray());
        JsonNode export = json.readTree(zip.text("portability.json"));

        assertThat(publishedSchema().validate(export)).as("the export follows the schema published at its $schema").isEmpty();
        assertThat(export.get("$schema").asString()).endsWith("/schemas/tillid-portability-1.schema.json");
        assertThat(zip.entries().get("tillid-portability-1.schema.json")).isEqualTo(schemaAsServed());

        JsonNode basics = export.get("basics");
        assertThat(basics.get("name").asString()).isEqualTo(candidate.person.name().fullName());
        assertThat(basics.get("email").asString()).isEqualTo(candidate.person.contact().email());
        assertThat(basics.get("phone").asString()).isEqualTo(candidate.person.contact().phone());
        assertThat(basics.get("label").asString()).isEqualTo("Truckfører med kørekort C/E");
        assertThat(basics.at("/location/postalCode").asString()).isEqualTo(candidate.person.address().postcode());
        assertThat(basics.at("/location/countryCode").asString()).isEqualTo("DK");
        assertThat(export.get("work")).singleElement().satisfies(job -> {
            assertThat(job.get("name").asString()).isEqualTo("Limfjord Logistik ApS");
            assertThat(job.get("endDate").asString()).isEqualTo("2024-02-29");
        });
        assertThat(export.at("/education/0/area").asString()).isEqualTo("Lagerlogistik (EUD)");
        assertThat(export.get("skills").findValuesAsString("name")).containsExactly("truck", "lager");
        assertThat(export.get("languages").findValuesAsString("fluency")).containsExactly("Native speaker", "B2");
        assertThat(export.get("certificates").findValuesAsString("name")).containsExactly("bevis.pdf");
        assertThat(export.has("references")).as("a referee's statement is the referee's, not the person's").isFalse();

        JsonNode extension = export.get("x-tillid");
        assertThat(extension.get("version").asString()).isEqualTo("tillid-portability/1");
        assertThat(extension.at("/unemployment/insuranceFund").asString()).isEqualTo("3F A-kasse");
        assertThat(extension.at("/nextOfKin/0/name").asString()).isEqualTo("Bjørn Ærø");
        assertThat(extension.get("internships").findValuesAsString("employer")).containsExactly("Nørresundby Havn");
        assertThat(extension.get("courses").findValuesAsString("name")).containsExactlyInAnyOrder("Gaffeltruck-certifikat", "Førstehjælp");
        assertThat(extension.get("languages").findValuesAsString("code")).containsExactly("da", "en");
        assertThat(extension.get("consents")).singleElement().satisfies(consent -> {
            assertThat(consent.get("purpose").asString()).isEqualTo("P-PUR-2");
            assertThat(consent.get("fact").asString()).isEqualTo("GIVEN");
        });
        assertThat(extension.at("/personal/dateOfBirth").asString()).isEqualTo(candidate.person.dateOfBirth().toString());

        String everything = zip.allText();
        assertThat(everything).doesNotContain(candidate.refereeName, candidate.refereeStatement, "contentBase64", "registeredVia");

        // The files, each under a safe and unique name, byte for byte what the agency holds.
        // Not the reference letter: it is the referee's account, not something the person gave.
        List<String> paths = extension.get("documents").findValuesAsString("file");
        assertThat(paths).containsExactlyInAnyOrder("files/AEro-CV.pdf", "files/bevis.pdf");
        assertThat(extension.get("documents").findValuesAsString("kind")).containsExactlyInAnyOrder("CV", "CERTIFICATE");
        for (JsonNode document : extension.get("documents")) {
            byte[] inZip = zip.entries().get(document.get("file").asString());
            assertThat(candidate.originals).as(document.get("file").asString())
                    .anySatisfy(original -> assertThat(inZip).isEqualTo(original.content()));
        }
        assertThat(zip.entries().keySet().stream().filter(name -> name.startsWith("files/"))).hasSize(2);
        assertThat(candidate.originals).filteredOn(original -> !original.portable()).singleElement().satisfies(letter ->
                assertThat(zip.entries().values()).noneSatisfy(content -> assertThat(content).isEqualTo(letter.content())));

        // The CSV tables hold the same rows: header, then one line per record.
        assertThat(zip.entries().get("csv/education.csv")).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csvLines(zip, "csv/education.csv")).containsExactly(
                "\"institution\",\"programme\",\"startDate\",\"endDate\",\"completed\"",
                "\"Aalborg Tekniske Skole\",\"Lagerlogistik (EUD)\",\"2015-08-01\",\"2017-06-30\",\"true\"");
        assertThat(csvLines(zip, "csv/languages.csv")).containsExactly("\"language\",\"level\"", "\"da\",\"NATIVE\"", "\"en\",\"B2\"");
        assertThat(csvLines(zip, "csv/next-of-kin.csv")).hasSize(2).last().asString().startsWith("\"Bjørn Ærø\",\"ægtefælle\"");
        assertThat(csvLines(zip, "csv/documents.csv")).as("header, CV and certificate").hasSize(3);
        assertThat(csvLines(zip, "csv/courses.csv")).as("a formula is neutralised").anySatisfy(line ->
                assertThat(line).contains("\"'=SUM(A1:A9)\""));
        assertThat(csvLines(zip, "csv/person.csv")).hasSize(2).last().asString().contains(candidate.person.contact().email());
        assertThat(csvLines(zip, "csv/work.csv")).hasSize(2);
        assertThat(zip.entries()).doesNotContainKey("csv/employee.csv");

        assertThat(audit.changesOf(candidate.id.subject(), 20)).anySatisfy(change ->
                assertThat(change.action()).isEqualTo(AuditAction.EXPORT));
    }

    @Test
    void onlyAPortabilityRequestGetsThePortableDataAndNothingGoesOutBeforeIdentityIsProved() {
        var candidate = new CandidateWithEverything(candidates, documents, consents, UUID.randomUUID().getMostSignificantBits());
        RequestId access = requests.receive(candidate.id.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(access); // the DPO checked who wrote
        assertThat(mvc.get().uri("/dpo/requests/" + access.value() + "/portability.zip").exchange()).hasStatus(404);

        RequestId portability = requests.receive(candidate.id.subject(), SubjectRequest.Kind.PORTABILITY,
                SubjectRequest.Channel.LETTER, requests.today());
        mvc.post().uri("/dpo/requests/" + portability.value() + "/await-identity").with(csrf()).exchange();
        assertThat(mvc.get().uri("/dpo/requests/" + portability.value() + "/portability.zip").exchange()).hasStatus(409);
    }

    @Test
    void anAddressTheAgencyAcceptsButJsonResumeWouldNotStillExportsValid() throws Exception {
        var given = new dk.tillid.demo.DanishPeople(UUID.randomUUID().getMostSignificantBits()).next(dk.tillid.person.PersonKind.CANDIDATE);
        String email = "hansen,jens+" + UUID.randomUUID() + "@example.dk";
        var person = persons.register(new dk.tillid.person.NewPerson(given.kind(), given.name(),
                new dk.tillid.person.ContactDetails(email, null), null, null), dk.tillid.policy.PurposeId.SUITABILITY);
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.PORTABILITY, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(id); // the DPO checked who wrote

        var response = mvc.get().uri("/dpo/requests/" + id.value() + "/portability.zip").exchange();

        assertThat(response).hasStatusOk();
        JsonNode export = json.readTree(ZipContents.of(response.getMvcResult().getResponse().getContentAsByteArray())
                .text("portability.json"));
        assertThat(publishedSchema().validate(export)).isEmpty();
        assertThat(export.at("/basics/email").isMissingNode()).isTrue();
        assertThat(export.at("/x-tillid/personal/email").asString()).isEqualTo(email);
    }

    @Test
    void theSchemaIsPublishedToEveryoneWithoutSignIn() {
        var schema = mvc.get().uri("/schemas/tillid-portability-1.schema.json").with(anonymous()).exchange();

        assertThat(schema).hasStatusOk();
        assertThat(schema).bodyJson().extractingPath("$.properties.x-tillid.$ref").isEqualTo("#/definitions/extension");
    }

    private Schema publishedSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new String(schemaAsServed(), StandardCharsets.UTF_8), com.networknt.schema.InputFormat.JSON);
    }

    private byte[] schemaAsServed() {
        return mvc.get().uri("/schemas/tillid-portability-1.schema.json").with(anonymous()).exchange()
                .getMvcResult().getResponse().getContentAsByteArray();
    }

    private static List<String> csvLines(ZipContents zip, String name) {
        return List.of(zip.text(name).replace("\uFEFF", "").split("\r\n"));
    }
}
