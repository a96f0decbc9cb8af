package dk.tillid.person;

/** What a person is to the agency; decides which retention rule applies to them. */
public enum PersonKind {
    /** Registered, has never worked for the agency (S-CAND). */
    CANDIDATE,
    /** Works or has worked for the agency (S-EMP). */
    EMPLOYEE,
    /** A person at a client, supplier or partner (S-CONTACT). */
    BUSINESS_CONTACT
}
