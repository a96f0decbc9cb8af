package dk.tillid.privacy.processors;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.policy.RecordOfProcessing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "dpo-processors", roles = "DPO")
class ProcessorRegisterTest {

    @Autowired
    ProcessorRegister register;

    @Autowired
    RecordOfProcessing record;

    @Autowired
    MockMvcTester mvc;

    @Test
    @Transactional
    void aRegisteredProcessorAppearsInTheRecordOfProcessingWithItsTransfer() {
        String name = "Lønservice Nord ApS " + UUID.randomUUID().toString().substring(0, 6);
        UUID payroll = register.create(new ProcessorForm(name, "Payroll", "DPA-2026-017", null, List.of("P-DATA-9", "P-DATA-7"),
                "dk", "", ""));
        register.create(new ProcessorForm("Cloud Hosting Inc.", "Hosting of the payroll system", "SUB-2026-003", null,
                List.of("P-DATA-9"), "US", "EU-US Data Privacy Framework", payroll.toString()));

        RecordOfProcessing.Activity employment = record.activities(Locale.ENGLISH).stream()
                .filter(activity -> activity.id().equals("P-PUR-4")).findFirst().orElseThrow();
        assertThat(employment.recipients()).contains(name + " (processor: Payroll; DPA-2026-017)",
                "Cloud Hosting Inc. (sub-processor for " + name + ": Hosting of the payroll system; SUB-2026-003)");
        assertThat(employment.thirdCountryTransfers()).contains("Cloud Hosting Inc., United States: EU-US Data Privacy Framework");
        RecordOfProcessing.Activity marketing = record.activities(Locale.ENGLISH).stream()
                .filter(activity -> activity.id().equals("P-PUR-2")).findFirst().orElseThrow();
        assertThat(marketing.recipients()).noneMatch(recipient -> recipient.startsWith(name));
    }

    @Test
    @Transactional
    void aTransferOutsideTheEeaNeedsASafeguard() {
        assertThatThrownBy(() -> register.create(new ProcessorForm("Mailer Inc.", "E-mail", "DPA-9", null,
                List.of("P-DATA-1"), "US", " ", ""))).hasMessage("processor.safeguard.missing");
        assertThatThrownBy(() -> register.create(new ProcessorForm("X", "Y", "Z", null, List.of("P-DATA-99"), "DK", "", "")))
                .hasMessage("processor.categories.unknown");
        assertThatThrownBy(() -> register.create(new ProcessorForm("X", "Y", "Z", null, List.of("P-DATA-1"), "XX", "", "")))
                .hasMessage("processor.country.invalid");
    }

    @Test
    @Transactional
    void aProcessorCannotBeItsOwnSubProcessor() {
        UUID a = register.create(new ProcessorForm("A ApS", "x", "1", null, List.of("P-DATA-9"), "DK", "", ""));
        UUID b = register.create(new ProcessorForm("B ApS", "x", "2", null, List.of("P-DATA-9"), "DK", "", a.toString()));

        assertThatThrownBy(() -> register.update(a, new ProcessorForm("A ApS", "x", "1", null, List.of("P-DATA-9"), "DK", "",
                b.toString()))).hasMessage("processor.parent.invalid");
    }

    @Test
    @Transactional
    void aDeactivatedProcessorLeavesTheRecord() {
        UUID id = register.create(new ProcessorForm("Arkivet A/S", "Archive", "DPA-4", null, List.of("P-DATA-9"), "DK", "", ""));

        register.deactivate(id);

        assertThat(register.activeProcessors()).noneMatch(processor -> processor.name().equals("Arkivet A/S"));
        assertThat(register.find(id)).hasValueSatisfying(processor -> assertThat(processor.active()).isFalse());
    }

    @Test
    void theDpoKeepsTheRegisterInTheBrowserAndIsToldWhatIsWrong() {
        var refused = mvc.post().uri("/dpo/processors/new").with(csrf()).header("Accept-Language", "en")
                .param("name", "Mailer Inc.").param("service", "E-mail").param("agreementReference", "DPA-9")
                .param("categories", "P-DATA-1").param("country", "US").param("safeguard", "").exchange();
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("Outside the EU/EEA a transfer needs a safeguard");

        var empty = mvc.post().uri("/dpo/processors/new").with(csrf()).header("Accept-Language", "da").exchange();
        assertThat(empty).hasStatus(400);
        assertThat(empty).bodyText().contains("Skriv databehandlerens navn.", "Vælg de kategorier, databehandleren behandler.");

        String name = "Rekrutteringsplatform ApS " + UUID.randomUUID().toString().substring(0, 6);
        var saved = mvc.post().uri("/dpo/processors/new").with(csrf())
                .param("name", name).param("service", "Applicant tracking").param("agreementReference", "DPA-12")
                .param("categories", "P-DATA-1", "P-DATA-2").param("country", "DK").exchange();
        assertThat(saved).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/dpo/processors");
        assertThat(mvc.get().uri("/dpo/processors").exchange()).bodyText().contains(name, "DPA-12");
        assertThat(mvc.get().uri("/dpo/record-of-processing").header("Accept-Language", "en").exchange())
                .bodyText().contains(name + " (processor: Applicant tracking; DPA-12)");
    }

    @Test
    @WithMockUser(roles = "RECRUITER")
    void recruitersCannotChangeIt() {
        assertThat(mvc.post().uri("/dpo/processors/new").with(csrf()).param("name", "x").exchange()).hasStatus(403);
    }
}
