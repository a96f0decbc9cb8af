package dk.tillid.privacy.requests;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema check can fail: a broken export is refused, and the refusal names where, never the value. */
class PortabilitySchemaTest {

    final PortabilitySchema schema = new PortabilitySchema();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSmallCorrectExportPassesAndJsonResumeSectionsMayCarryMoreAsJsonResumeAllows() {
        ObjectNode export = valid();
        ((ObjectNode) export.get("basics")).put("x-nickname", "Søs");

        assertThat(schema.problems(export)).isEmpty();
    }

    @Test
    void aDeliberatelyBrokenExportIsRefused() {
        ObjectNode unknownField = valid();
        ((ObjectNode) unknownField.get("x-tillid")).put("shoeSize", "44");
        ObjectNode wrongVersion = valid();
        ((ObjectNode) wrongVersion.get("x-tillid")).put("version", "tillid-portability/2");
        ObjectNode badDate = valid();
        badDate.putArray("work").addObject().put("name", "Lager A/S").put("startDate", "29/06/2014");
        ObjectNode escapingFile = valid();
        ((ObjectNode) escapingFile.get("x-tillid")).putArray("documents").addObject().put("kind", "CV")
                .put("file", "files/../../etc/passwd-Hemmelig-Hansen");
        ObjectNode noExtension = valid();
        noExtension.remove("x-tillid");
        ObjectNode unknownTopLevel = valid();
        unknownTopLevel.put("x-other", "1");

        for (ObjectNode broken : new ObjectNode[] {unknownField, wrongVersion, badDate, escapingFile, noExtension, unknownTopLevel}) {
            assertThat(schema.problems(broken)).as(broken.toString()).isNotEmpty();
        }
        assertThatThrownBy(() -> schema.check(escapingFile))
                .isInstanceOf(PortabilitySchema.InvalidExportException.class)
                .hasMessageContaining("/x-tillid/documents/0/file")
                .hasMessageNotContaining("Hemmelig");
    }

    private ObjectNode valid() {
        ObjectNode export = json.createObjectNode();
        export.put("$schema", "https://tillid.example/schemas/tillid-portability-1.schema.json");
        export.putObject("basics").put("name", "Åse Ærø").put("email", "aase@example.dk");
        export.putObject("meta").put("version", "v1.0.0");
        ObjectNode extension = export.putObject("x-tillid");
        extension.put("version", "tillid-portability/1").put("schema", "https://tillid.example/schemas/tillid-portability-1.schema.json")
                .put("generatedAt", "2026-11-29T10:15:30.123Z").put("controller", "JobConnection ApS");
        extension.putArray("documents").addObject().put("kind", "CV").put("file", "files/cv.pdf");
        return export;
    }
}
