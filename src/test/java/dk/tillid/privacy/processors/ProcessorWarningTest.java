package dk.tillid.privacy.processors;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** P-SEC-5: a processor without a data processing agreement is shown as such, and the DPO's pages warn until it has one. */
@IntegrationTest
@WithMockUser(username = "dpo-processor-warning", roles = "DPO")
class ProcessorWarningTest {

    @Autowired MockMvcTester mvc;
    @Autowired ProcessorRegister register;

    @Test
    void aProcessorWithoutAnAgreementIsWarnedOfAndNotOnceItHasOne() {
        String name = "Skyhost uden aftale " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(save("/dpo/processors/new", name, "")).hasStatus3xxRedirection();
        UUID id = register.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();

        assertThat(mvc.get().uri("/dpo/processors?lang=en").exchange()).hasStatusOk().bodyText()
                .contains("processor-warning", "have no data processing agreement", name);
        assertThat(mvc.get().uri("/staff?lang=en").exchange()).bodyText().contains("processor-alert", name);
        assertThat(mvc.get().uri("/staff?lang=en").with(user("admin").roles("ADMIN")).exchange()).bodyText()
                .contains("processor-alert", name);
        assertThat(mvc.get().uri("/staff?lang=en").with(user("recruiter").roles("RECRUITER")).exchange()).bodyText()
                .doesNotContain("processor-alert");

        assertThat(save("/dpo/processors/" + id, name, "DPA-2026-77")).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/dpo/processors?lang=en").exchange()).bodyText().contains("DPA-2026-77")
                .satisfies(page -> assertThat(warningOf(page)).doesNotContain(name));
        assertThat(mvc.get().uri("/staff?lang=en").exchange()).bodyText().satisfies(page -> assertThat(warningOf(page))
                .doesNotContain(name));
        assertThat(register.withoutAgreement()).extracting(Processor::name).doesNotContain(name);
    }

    /** The warning's text alone (other tests may leave processors without an agreement behind). */
    private static String warningOf(String page) {
        int start = page.indexOf("have no data processing agreement");
        return start < 0 ? "" : page.substring(start, page.indexOf("</p>", start));
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult save(String uri, String name, String agreement) {
        return mvc.post().uri(uri).with(csrf()).param("name", name).param("service", "Hosting")
                .param("agreementReference", agreement).param("categories", "P-DATA-1").param("country", "DK")
                .param("safeguard", "").param("parentId", "").exchange();
    }
}
