package dk.tillid.policy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The DPO's record of processing as a page, JSON and CSV, each with every Art. 30 field filled. */
@IntegrationTest
@WithMockUser(roles = "DPO")
class RecordOfProcessingWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordOfProcessing record;

    @Test
    void thePageShowsEveryFieldOfEveryActivity() {
        MvcTestResult page = mvc.get().uri("/dpo/record-of-processing").header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        for (RecordOfProcessing.Activity activity : record.activities(Locale.ENGLISH)) {
            assertThat(page).bodyText().contains("id=\"" + activity.id() + "\"");
        }
        assertThat(page).bodyText().contains("Time limits for erasure", "30(1)(g)", "Categories of recipients");
    }

    @Test
    void theJsonDownloadHasNoEmptyField() {
        MvcTestResult download = mvc.get().uri("/dpo/record-of-processing.json?lang=da").exchange();

        assertThat(download).hasStatusOk().hasContentType("application/json");
        assertThat(download).headers().hasValue("Cache-Control", "no-store");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        JsonNode json = JsonMapper.builder().build().readTree(download.getResponse().getContentAsByteArray());
        assertThat(json.get("language").asString()).isEqualTo("da");
        JsonNode activities = json.get("activities");
        assertThat(activities.size()).isEqualTo(record.activities(Locale.ENGLISH).size());
        for (JsonNode activity : activities) {
            assertThat(activity.properties()).hasSize(11);
            activity.properties().forEach(field -> assertThat(isFilled(field.getValue()))
                    .as("%s %s is filled", activity.get("id").asString(), field.getKey()).isTrue());
        }
    }

    private static boolean isFilled(JsonNode value) {
        if (value.isArray()) {
            return !value.isEmpty() && value.valueStream().allMatch(RecordOfProcessingWebTest::isFilled);
        }
        return value.isString() && !value.asString().isBlank();
    }

    @Test
    void theCsvDownloadHasAHeaderAndOneFullRowPerPurpose() throws Exception {
        MvcTestResult download = mvc.get().uri("/dpo/record-of-processing.csv?lang=en").exchange();

        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentType()).startsWith("text/csv");
        String csv = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"id\",\"controller\",\"data_protection_officer\",\"purpose\","
                + "\"legal_bases\",\"data_subjects\",\"data_categories\",\"recipients\",\"third_country_transfers\","
                + "\"erasure_time_limits\",\"security_measures\"");
        assertThat(lines).hasSize(1 + record.activities(Locale.ENGLISH).size());
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).doesNotContain("\"\"").endsWith("\""));
    }

    @Test
    @WithMockUser(roles = "RECRUITER")
    void aRecruiterMayNotOpenIt() {
        assertThat(mvc.get().uri("/dpo/record-of-processing").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/dpo/record-of-processing.csv").exchange()).hasStatus(403);
    }
}
