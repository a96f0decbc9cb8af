package dk.tillid.privacy.retention;

import java.time.LocalDate;

import dk.tillid.privacy.SubjectId;

/**
 * What the sweep finds for one person whose clocks it looked at: the rule that keeps them longest,
 * its last day, and what follows from it today.
 */
record Finding(SubjectId subject, Verdict verdict, String rule, LocalDate keptThrough, String blockedBy) {

    enum Verdict {
        /** Every rule has run out and nothing stops it: erased. */
        DUE,
        /** Every rule has run out, but a legal hold or the person's own rights keep them for now. */
        BLOCKED,
        /** A candidate whose profile goes within the notice period: told first. */
        NOTICE,
        /** A rule still keeps them. */
        KEPT
    }

    /** The first day the person is no longer kept. */
    LocalDate deletesOn() {
        return keptThrough.plusDays(1);
    }
}
