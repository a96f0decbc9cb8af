package dk.tillid.privacy.audit;

/** What was done with the data. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE,
    /** An access the policy does not allow; it was refused and is recorded as such. */
    REFUSED
}
