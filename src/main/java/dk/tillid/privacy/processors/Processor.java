package dk.tillid.privacy.processors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A processor (or, with a parent, a sub-processor) as the register holds it. */
public record Processor(UUID id, String name, String service, String agreementReference, LocalDate agreementSignedOn,
                        List<String> categories, String country, String safeguard, UUID parentId, boolean active) {

    public Processor {
        categories = List.copyOf(categories);
    }

    /** P-SEC-5: a data processing agreement exists (its reference is registered). */
    public boolean hasAgreement() {
        return agreementReference != null && !agreementReference.isBlank();
    }
}
