package dk.tillid.privacy.spi;

import java.util.Set;

import dk.tillid.privacy.SubjectId;

/**
 * Implemented by each module that knows people by name (the persons the agency holds data about,
 * its own staff), so that a person's access package can leave other people out (GDPR Art. 15(4))
 * without the privacy engine knowing those modules. Each method is one batch: it is asked once per
 * package with every candidate found in it, never once per word.
 */
public interface OtherPeople {

    /** Whose names this directory holds: what a whole value naming one of them stands for. */
    enum Kind {
        /** Data subjects: candidates, employees, business contacts. */
        PERSONS,
        /** The agency's staff: who recorded something is the agency to the person. */
        STAFF
    }

    Kind kind();

    /**
     * Of these keys ({@link NameKey}), those that are the name (or, for staff, the user name) of
     * someone this directory knows other than the subject.
     */
    Set<String> namedAmong(SubjectId subject, Set<String> keys);

    /** The subject's own names, e-mail addresses and phone numbers, as this directory holds them: never redacted. */
    default Self self(SubjectId subject) {
        return Self.UNKNOWN;
    }

    /** What identifies the subject themself: name keys, lower-case e-mail addresses, phone numbers as written. */
    record Self(Set<String> names, Set<String> emails, Set<String> phones) {

        public static final Self UNKNOWN = new Self(Set.of(), Set.of(), Set.of());

        public Self {
            names = Set.copyOf(names);
            emails = Set.copyOf(emails);
            phones = Set.copyOf(phones);
        }

        @Override
        public String toString() {
            return "Self[values hidden]";
        }
    }
}
