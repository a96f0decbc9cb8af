package dk.tillid.privacy.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A disclosure as the ledger keeps it, for the DPO and for the person's access package. */
public record DisclosureRecord(long id, UUID subject, String recipient, String recipientName, List<String> categories,
                               String purpose, String legalBasis, String channel, Instant disclosedAt,
                               String disclosedBy, Status status) {

    /** Recorded before anything leaves, then settled. DELIVERING that stays so: the outcome is unknown. */
    public enum Status { DELIVERING, DELIVERED, FAILED }
}
