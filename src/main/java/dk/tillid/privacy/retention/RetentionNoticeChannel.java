package dk.tillid.privacy.retention;

import java.time.LocalDate;

import dk.tillid.privacy.SubjectId;

/**
 * How a candidate is told that their profile will be deleted on {@code deletesOn} unless they are in
 * contact before: implemented by the module that speaks to people, which knows whether it may (not
 * to someone who unregistered) and how. Called in the sweep's transaction.
 */
public interface RetentionNoticeChannel {

    /** Tells the person, if they may be told; whether they were. */
    boolean tell(SubjectId subject, LocalDate deletesOn);
}
