package dk.tillid.privacy.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import dk.tillid.policy.Policy;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Art. 20 as one download: what the person gave us, structured, commonly used and machine-readable.
 * {@code portability.json} is a JSON Resume v1 document with the {@code x-tillid} extension, checked
 * against the published schema before anything is sent (an export that fails it is not delivered);
 * the schema itself, CSV tables of the same data ({@code csv/}) and the original files ({@code files/}).
 */
@Service
public class PortabilityExports {

    static final String JSON = "portability.json";

    private final PersonalData personalData;
    private final PortabilitySchema schema;
    private final JsonMapper json;
    private final Policy policy;
    private final Clock clock;
    private final String schemaUrl;

    PortabilityExports(PersonalData personalData, PortabilitySchema schema, JsonMapper json, Policy policy, Clock clock,
                       @Value("${tillid.site.public-url}") String publicUrl) {
        this.personalData = personalData;
        this.schema = schema;
        this.json = json;
        this.policy = policy;
        this.clock = clock;
        this.schemaUrl = publicUrl.replaceAll("/+$", "") + PortabilitySchema.PATH;
    }

    /** The export as the zip holds it: JSON Resume core plus the extension (the export is recorded in the audit trail). */
    ObjectNode document(SubjectId subject, ExportFiles files) {
        PersonProvided provided = new PersonProvided(personalData.export(subject), files, json);
        Instant now = clock.instant();
        ObjectNode document = json.createObjectNode();
        document.put("$schema", schemaUrl);
        PortableResume.fill(document, provided);
        document.putObject("meta").put("version", PortabilitySchema.JSON_RESUME_VERSION).put("lastModified", now.toString());
        PortableExtension.fill(document.putObject("x-tillid"), provided, schemaUrl, now, policy.controller().name());
        return document;
    }

    /** The whole download, checked against the schema before the first byte is sent. */
    public ExportZip zip(SubjectId subject) {
        ExportFiles files = new ExportFiles();
        JsonNode document = document(subject, files);
        schema.check(document);
        byte[] jsonFile = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        Map<String, byte[]> tables = PortabilityCsv.of(document);
        byte[] schemaFile = schema.file();
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            AccessPackageDownloads.entry(zip, JSON, jsonFile);
            AccessPackageDownloads.entry(zip, PortabilitySchema.FILE_NAME, schemaFile);
            for (var table : tables.entrySet()) {
                AccessPackageDownloads.entry(zip, table.getKey(), table.getValue());
            }
            files.copyInto(zip, subject, personalData);
            zip.finish();
        };
    }
}
