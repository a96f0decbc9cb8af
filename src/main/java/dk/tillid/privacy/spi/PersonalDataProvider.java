package dk.tillid.privacy.spi;

import java.util.List;

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
}
