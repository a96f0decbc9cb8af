package dk.tillid.identity;

/** The staff roles. A role grants what its work needs and nothing more. */
public enum Role {
    /** Runs the system: accounts, health, configuration. */
    ADMIN,
    /** The data-protection officer: records, requests, audit, breaches. */
    DPO,
    /** Works with candidates, clients, job orders and placements. */
    RECRUITER,
    /** Pays the temps: timesheets, payroll data, the only role that sees a full CPR number. */
    PAYROLL,
    /**
     * Screens people for clients before employment: the only role that sees criminal record extracts
     * (Databeskyttelsesloven § 8), and only those the person consented to.
     */
    SCREENING;

    public String authority() {
        return "ROLE_" + name();
    }
}
