package dk.tillid.privacy.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Staff recording a consent that reached the agency by letter, phone or in person. */
record ConsentForm(@NotBlank(message = "{consent.form.subject.missing}") String subject,
                   @NotBlank(message = "{consent.form.wording.missing}") String wording,
                   @NotNull(message = "{consent.form.channel.missing}") ConsentChannel channel) {
}
