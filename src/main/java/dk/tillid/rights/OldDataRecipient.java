package dk.tillid.rights;

import java.time.Instant;
import java.util.List;

/**
 * A recipient (a company, an authority, a pension company...) that received data of a corrected
 * category before it was corrected, and so must be told (Art. 19). {@code purpose} and
 * {@code legalBasis} are those of the newest such disclosure: a correction passed on goes to the
 * same recipient, for the same purpose, on the same basis as the data it corrects.
 */
record OldDataRecipient(String recipient, String recipientName, List<String> categories, List<Instant> disclosedAt,
                        String purpose, String legalBasis, List<String> outstanding, Instant toldAt) {

    OldDataRecipient {
        categories = List.copyOf(categories);
        disclosedAt = List.copyOf(disclosedAt);
        outstanding = List.copyOf(outstanding);
    }

    /** Told of every correction it needs to hear of. */
    public boolean told() {
        return outstanding.isEmpty();
    }

    boolean is(String recipient, String recipientName) {
        return this.recipient.equals(recipient) && this.recipientName.equals(recipientName);
    }
}
