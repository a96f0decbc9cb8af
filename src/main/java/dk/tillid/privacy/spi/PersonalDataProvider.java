package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;

/** Implemented once by every module that holds personal data. */
public interface PersonalDataProvider {

    /** Which module holds the data, e.g. "person". */
    String source();

    /** Everything this module holds about the person, item by item; empty if nothing. */
    List<PersonalDataItem> export(SubjectId subject);

    /**
     * Erases what the plan says to delete and keeps what it says to keep; reports both. Runs in the
     * caller's transaction.
     */
    ErasureReport erase(SubjectId subject, ErasurePlan plan);

    /**
     * The dates this module knows that start a retention clock for the person, e.g. the last day of
     * their last employment; empty when it knows none.
     */
    default Map<RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        return Map.of();
    }

    /**
     * Message keys for what still binds the agency to the person (an employment that lasts): the
     * DPO is warned before an erasure, as the law or the contract may need the data meanwhile.
     */
    default List<String> stillBound(SubjectId subject) {
        return List.of();
    }

    /**
     * The original content of a file this module named in the person's export; empty if it holds no
     * such file of theirs (any more). Modules that hold no files keep the default.
     */
    default Optional<byte[]> original(SubjectId subject, PersonalFile file) {
        return Optional.empty();
    }
}
