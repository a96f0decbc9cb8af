package dk.tillid.privacy.processors;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** What the DPO enters for a processor; without an agreement reference it is shown as lacking one (P-SEC-5). The rules that span fields are {@link ProcessorRegister}'s. */
record ProcessorForm(
        @NotBlank(message = "{processor.name.missing}") @Size(max = 200, message = "{processor.tooLong}") String name,
        @NotBlank(message = "{processor.service.missing}") @Size(max = 200, message = "{processor.tooLong}") String service,
        @Size(max = 100, message = "{processor.tooLong}") String agreementReference,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementSignedOn,
        @NotEmpty(message = "{processor.categories.missing}") List<String> categories,
        @NotBlank(message = "{processor.country.missing}") @Pattern(regexp = "[A-Za-z]{2}", message = "{processor.country.invalid}") String country,
        @Size(max = 300, message = "{processor.tooLong}") String safeguard,
        String parentId) {

    static ProcessorForm empty() {
        return new ProcessorForm("", "", "", null, List.of(), "DK", "", "");
    }

    static ProcessorForm of(Processor processor) {
        return new ProcessorForm(processor.name(), processor.service(),
                processor.agreementReference() == null ? "" : processor.agreementReference(),
                processor.agreementSignedOn(), processor.categories(), processor.country(),
                processor.safeguard() == null ? "" : processor.safeguard(),
                processor.parentId() == null ? "" : processor.parentId().toString());
    }
}
