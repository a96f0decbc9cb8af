package dk.tillid.privacy.disclosure;

import java.util.List;
import java.util.Objects;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;

/**
 * One person's data going to one recipient. {@code recipient} is a recipient of the policy
 * (P-REC-1, ...); {@code recipientName} names the organisation, e.g. the client company.
 */
public record DisclosureRequest(SubjectId subject, String recipient, String recipientName, List<String> categories,
                                PurposeId purpose, String legalBasis) {

    public DisclosureRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("A disclosure names the categories that leave");
        }
        if (recipientName == null || recipientName.isBlank() || recipientName.length() > 200) {
            throw new IllegalArgumentException("A disclosure names its recipient (up to 200 characters)");
        }
    }
}
