package dk.tillid.privacy.spi;

import java.util.List;
import java.util.Optional;

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
     * The original content of a file this module named in the person's export; empty if it holds no
     * such file of theirs (any more). Modules that hold no files keep the default.
     */
    default Optional<byte[]> original(SubjectId subject, PersonalFile file) {
        return Optional.empty();
    }
}
