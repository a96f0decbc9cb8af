package dk.tillid.privacy.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schema of the portability export (JSON Resume v1 core, strict {@code x-tillid}
 * extension), served to everyone at {@link #PATH} from the same file this class checks every
 * export against before it is delivered.
 */
@Component
class PortabilitySchema {

    static final String VERSION = "tillid-portability/1";
    static final String FILE_NAME = "tillid-portability-1.schema.json";
    /** The public address, under the site's public URL; never changes for this version. */
    static final String PATH = "/schemas/" + FILE_NAME;
    static final String RESOURCE = "static" + PATH;
    /** The JSON Resume schema version the core follows. */
    static final String JSON_RESUME_VERSION = "v1.0.0";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortabilitySchema.class);

    private final byte[] file;
    private final Schema schema;

    PortabilitySchema() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The portability schema is missing from the application", e);
        }
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new java.io.ByteArrayInputStream(file));
    }

    /** The schema file itself, to put beside the export. */
    byte[] file() {
        return file.clone();
    }

    /**
     * What is wrong with the document: where and which rule, never the offending value (it is
     * personal data, and this may reach a log).
     */
    List<String> problems(JsonNode document) {
        return schema.validate(document).stream()
                .map(error -> error.getInstanceLocation() + " breaks '" + error.getKeyword() + "'").toList();
    }

    /** Refuses a document that does not follow the schema: the export is not delivered, and the fault is logged (no data). */
    void check(JsonNode document) {
        List<String> problems = problems(document);
        if (!problems.isEmpty()) {
            LOG.error("A portability export broke its schema and was not delivered: {}", problems);
            throw new InvalidExportException(problems);
        }
    }

    /** An export that failed its own schema: a fault of ours, told without the data. */
    @org.springframework.web.bind.annotation.ResponseStatus(value = org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR,
            reason = "The export did not pass its schema check and was not delivered")
    static class InvalidExportException extends RuntimeException {

        private final List<String> problems;

        InvalidExportException(List<String> problems) {
            super("The portability export breaks its schema: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
