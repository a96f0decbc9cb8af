package dk.tillid.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.tillid.access.Who.ADMIN;
import static dk.tillid.access.Who.ANONYMOUS;
import static dk.tillid.access.Who.DPO;
import static dk.tillid.access.Who.PAYROLL;
import static dk.tillid.access.Who.PERSON;
import static dk.tillid.access.Who.RECRUITER;
import static dk.tillid.access.Who.SCREENING;

/**
 * The expected access table: for every endpoint ("METHOD /path/pattern", as Spring maps it) who may
 * use it. Everyone else is refused: a visitor who is not signed in is sent to a sign-in (401 for the
 * JSON API), anyone signed in without the right gets 403. Written out by hand, apart from the
 * security configuration, so that a change of a rule must change this table too.
 * <p>
 * A new endpoint is one new line here; {@link AccessControlMatrixTest} fails, naming it, until it is.
 */
final class ExpectedAccess {

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> STAFF = EnumSet.of(ADMIN, DPO, RECRUITER, PAYROLL, SCREENING);
    private static final Set<Who> PRIVACY_OFFICE = EnumSet.of(DPO, ADMIN);
    private static final Set<Who> EMPLOYEE_FILE = EnumSet.of(RECRUITER, PAYROLL, SCREENING);

    static final Map<String, Set<Who>> TABLE = new LinkedHashMap<>();

    /**
     * Reads that answer, to those allowed, with a status of their own instead of 2xx/3xx: the error page
     * the status of the error it shows (none when asked directly: 500, with the generic page); the
     * upload-too-large page 413; a health component 404 to all but ADMIN, who alone see components; an
     * unsubscribe link 400 to everyone, as the matrix's token is not a signed one (UnsubscribeTest has real ones).
     */
    static final Map<String, Integer> OWN_STATUS = Map.of("ANY /error", 500, "GET /too-large", 413,
            "GET /actuator/health/**", 404, "GET /unsubscribe/{token}", 400);

    static {
        // The public website, sign-ins and the things a mailed link opens.
        allow("GET /", EVERYONE);
        allow("GET /privacy", EVERYONE);
        allow("GET /cookies", EVERYONE);
        allow("POST /cookies/consent", EVERYONE);
        allow("POST /stats/hit", EVERYONE);
        allow("GET /jobs", EVERYONE);
        allow("GET /register", EVERYONE);
        allow("POST /register", EVERYONE);
        allow("GET /register/sent", EVERYONE);
        allow("GET /register/confirm", EVERYONE);
        allow("POST /register/confirm", EVERYONE);
        allow("GET /too-large", EVERYONE);
        allow("ANY /error", EVERYONE);
        allow("GET /login", EVERYONE);
        allow("GET /portal/sign-in", EVERYONE);
        allow("POST /portal/sign-in", EVERYONE);
        allow("GET /portal/sign-in/confirm", EVERYONE);
        allow("POST /portal/sign-in/confirm", EVERYONE);
        allow("GET /portal/email/confirm", EVERYONE);
        allow("POST /portal/email/confirm", EVERYONE);
        allow("GET /actuator/health", EVERYONE);
        allow("GET /actuator/health/**", EVERYONE);

        // The person's own portal.
        allow("GET /portal", PERSON);
        allow("GET /portal/choices", PERSON);
        allow("GET /unsubscribe/{token}", EVERYONE);
        allow("POST /unsubscribe/{token}", EVERYONE);
        allow("GET /portal/mail", PERSON);
        allow("POST /portal/mail/alerts", PERSON);
        allow("POST /portal/mail/marketing", PERSON);
        allow("POST /portal/mail/objection", PERSON);
        allow("POST /portal/mail/objection/withdraw", PERSON);
        allow("GET /portal/details", PERSON);
        allow("POST /portal/details", PERSON);
        allow("GET /portal/details/email", PERSON);
        allow("POST /portal/details/email", PERSON);
        allow("POST /portal/consents/withdraw", PERSON);
        allow("POST /portal/requests", PERSON);
        allow("GET /portal/requests/{id}/package.json", PERSON);
        allow("GET /portal/requests/{id}/package.zip", PERSON);
        allow("POST /portal/unregister", PERSON);

        // Every staff member.
        allow("GET /staff", STAFF);
        allow("GET /account/password", STAFF);
        allow("POST /account/password", STAFF);
        // Only between the password and the code, an authority none of the askers here holds
        // (SecondFactorLoginTest walks that state): refused to everyone signed in, or not.
        allow("POST /admin/accounts/{id}/disable", ADMIN);
        allow("POST /admin/accounts/{id}/enable", ADMIN);
        allow("POST /admin/accounts/{id}/roles", ADMIN);
        allow("POST /admin/accounts/{id}/second-factor/reset", ADMIN);
        allow("GET /login/second-factor", EnumSet.noneOf(Who.class));
        allow("POST /login/second-factor", EnumSet.noneOf(Who.class));
        allow("GET /account/second-factor", STAFF);
        allow("POST /account/second-factor", STAFF);
        allow("POST /account/second-factor/recovery-codes", STAFF);
        allow("POST /account/second-factor/api-password", STAFF);
        allow("GET /v3/api-docs", STAFF);
        allow("GET /v3/api-docs.yaml", STAFF);
        allow("GET /v3/api-docs/swagger-config", STAFF);
        allow("GET /swagger-ui.html", STAFF);

        // Administration.
        allow("GET /actuator", ADMIN);
        allow("GET /actuator/info", ADMIN);
        allow("GET /actuator/metrics", ADMIN);
        allow("GET /actuator/metrics/{requiredMetricName}", ADMIN);
        allow("GET /admin/accounts", ADMIN);
        allow("POST /admin/accounts", ADMIN);
        allow("GET /admin/backups", ADMIN);
        allow("POST /admin/backups", ADMIN);
        allow("GET /admin/outbox", ADMIN);
        allow("GET /admin/outbox/{id}", ADMIN);
        allow("GET /admin/statistics", ADMIN);

        // The data-protection officer's pages (ADMIN too).
        allow("GET /dpo/audit", PRIVACY_OFFICE);
        allow("POST /dpo/audit/verify", PRIVACY_OFFICE);
        allow("GET /dpo/breaches", PRIVACY_OFFICE);
        allow("POST /dpo/breaches", PRIVACY_OFFICE);
        allow("GET /dpo/breaches/{id}", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/updates", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/authority", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/no-notification", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/risk", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/affected", PRIVACY_OFFICE);
        allow("POST /dpo/breaches/{id}/notify", PRIVACY_OFFICE);
        allow("GET /dpo/consents", PRIVACY_OFFICE);
        allow("POST /dpo/consents/give", PRIVACY_OFFICE);
        allow("POST /dpo/consents/withdraw", PRIVACY_OFFICE);
        allow("GET /dpo/deletions", PRIVACY_OFFICE);
        allow("GET /dpo/disclosures", PRIVACY_OFFICE);
        allow("GET /dpo/legal-holds", PRIVACY_OFFICE);
        allow("POST /dpo/legal-holds", PRIVACY_OFFICE);
        allow("POST /dpo/legal-holds/{id}/lift", PRIVACY_OFFICE);
        allow("GET /dpo/processors", PRIVACY_OFFICE);
        allow("GET /dpo/processors/new", PRIVACY_OFFICE);
        allow("POST /dpo/processors/new", PRIVACY_OFFICE);
        allow("GET /dpo/processors/{id}", PRIVACY_OFFICE);
        allow("POST /dpo/processors/{id}", PRIVACY_OFFICE);
        allow("POST /dpo/processors/{id}/deactivate", PRIVACY_OFFICE);
        allow("GET /dpo/record-of-processing", PRIVACY_OFFICE);
        allow("GET /dpo/record-of-processing.csv", PRIVACY_OFFICE);
        allow("GET /dpo/record-of-processing.json", PRIVACY_OFFICE);
        allow("GET /dpo/retention", PRIVACY_OFFICE);
        allow("POST /dpo/retention/run", PRIVACY_OFFICE);
        allow("GET /dpo/requests", PRIVACY_OFFICE);
        allow("POST /dpo/requests", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}/erasure", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/erasure", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}/package", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}/package.json", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}/package.zip", PRIVACY_OFFICE);
        allow("GET /dpo/requests/{id}/portability.zip", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/announce-lift", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/await-identity", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/complete", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/corrected", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/excessive", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/extend", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/extend-by-letter", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/fee", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/identity-verified", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/lift", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/out-of-matching", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/pass-on", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/pass-on-otherwise", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/refuse", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/restrict", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/stop-marketing", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/unregister", PRIVACY_OFFICE);
        allow("POST /dpo/requests/{id}/withdraw-consents", PRIVACY_OFFICE);

        // Recruiting pages.
        allow("GET /candidates", RECRUITER);
        allow("POST /candidates", RECRUITER);
        allow("GET /candidates/new", RECRUITER);
        allow("POST /candidates/new", RECRUITER);
        allow("GET /candidates/{id}", RECRUITER);
        allow("GET /candidates/{id}/edit", RECRUITER);
        allow("POST /candidates/{id}/edit", RECRUITER);
        allow("GET /candidates/{id}/history", RECRUITER);
        allow("GET /candidates/{id}/contacts/new", RECRUITER);
        allow("POST /candidates/{id}/contacts/new", RECRUITER);
        allow("GET /candidates/{id}/courses/new", RECRUITER);
        allow("POST /candidates/{id}/courses/new", RECRUITER);
        allow("GET /candidates/{id}/education/new", RECRUITER);
        allow("POST /candidates/{id}/education/new", RECRUITER);
        allow("GET /candidates/{id}/experience/new", RECRUITER);
        allow("POST /candidates/{id}/experience/new", RECRUITER);
        allow("GET /candidates/{id}/referees/new", RECRUITER);
        allow("POST /candidates/{id}/referees/new", RECRUITER);
        allow("GET /candidates/{id}/languages/new", RECRUITER);
        allow("POST /candidates/{id}/languages/new", RECRUITER);
        allow("POST /candidates/{id}/languages/{code}/remove", RECRUITER);
        allow("GET /candidates/{id}/next-of-kin", RECRUITER);
        allow("POST /candidates/{id}/next-of-kin/new", RECRUITER);
        allow("POST /candidates/{id}/next-of-kin/{itemId}/remove", RECRUITER);
        allow("GET /candidates/{id}/unemployment", RECRUITER);
        allow("POST /candidates/{id}/unemployment", RECRUITER);
        allow("POST /candidates/{id}/unemployment/remove", RECRUITER);
        allow("POST /candidates/{id}/{section:education|experience|courses|referees}/{itemId}/remove", RECRUITER);
        allow("POST /candidates/{id}/documents", RECRUITER);
        allow("GET /candidates/{id}/documents/{documentId}", RECRUITER);
        allow("POST /candidates/{id}/documents/{documentId}/delete", RECRUITER);
        allow("GET /clients", RECRUITER);
        allow("GET /clients/new", RECRUITER);
        allow("POST /clients/new", RECRUITER);
        allow("GET /clients/{id}", RECRUITER);
        allow("GET /clients/{id}/edit", RECRUITER);
        allow("POST /clients/{id}/edit", RECRUITER);
        allow("GET /clients/{id}/contacts/new", RECRUITER);
        allow("POST /clients/{id}/contacts/new", RECRUITER);
        allow("POST /clients/{id}/contacts/{person}/end", RECRUITER);
        allow("GET /clients/{id}/agreements/new", RECRUITER);
        allow("POST /clients/{id}/agreements/new", RECRUITER);
        allow("GET /clients/{id}/job-orders/new", RECRUITER);
        allow("POST /clients/{id}/job-orders/new", RECRUITER);
        allow("GET /campaigns", RECRUITER);
        allow("GET /campaigns/new", RECRUITER);
        allow("POST /campaigns/new", RECRUITER);
        allow("GET /campaigns/{id}", RECRUITER);
        allow("GET /campaigns/{id}/edit", RECRUITER);
        allow("POST /campaigns/{id}/edit", RECRUITER);
        allow("POST /campaigns/{id}/send", RECRUITER);
        allow("POST /campaigns/{id}/cancel", RECRUITER);
        allow("GET /job-orders", RECRUITER);
        allow("GET /job-orders/{id}", RECRUITER);
        allow("GET /job-orders/{id}/edit", RECRUITER);
        allow("POST /job-orders/{id}/edit", RECRUITER);
        allow("POST /job-orders/{id}/close", RECRUITER);
        allow("POST /job-orders/{id}/reopen", RECRUITER);
        allow("GET /job-orders/{jobOrder}/matches", RECRUITER);
        allow("POST /job-orders/{jobOrder}/matches/propose", RECRUITER);
        allow("GET /placements", RECRUITER);
        allow("GET /placements/{id}", RECRUITER);
        allow("POST /placements/{id}/accept", RECRUITER);
        allow("POST /placements/{id}/reject", RECRUITER);
        allow("POST /placements/{id}/withdraw", RECRUITER);
        allow("POST /placements/{id}/start", RECRUITER);
        allow("POST /placements/{id}/hours", RECRUITER);
        allow("POST /placements/{id}/end", RECRUITER);
        allow("POST /placements/{id}/contacts", RECRUITER);

        // The recruiting API (HTTP Basic).
        allow("GET /api/v1/candidates", RECRUITER);
        allow("POST /api/v1/candidates", RECRUITER);
        allow("POST /api/v1/candidates/search", RECRUITER);
        allow("GET /api/v1/candidates/{id}", RECRUITER);
        allow("PUT /api/v1/candidates/{id}", RECRUITER);
        allow("GET /api/v1/candidates/{id}/contacts", RECRUITER);
        allow("POST /api/v1/candidates/{id}/contacts", RECRUITER);
        allow("GET /api/v1/candidates/{id}/history", RECRUITER);
        allow("POST /api/v1/candidates/{id}/education", RECRUITER);
        allow("POST /api/v1/candidates/{id}/experience", RECRUITER);
        allow("POST /api/v1/candidates/{id}/courses", RECRUITER);
        allow("POST /api/v1/candidates/{id}/referees", RECRUITER);
        allow("DELETE /api/v1/candidates/{id}/{section:education|experience|courses|referees}/{itemId}", RECRUITER);
        allow("PUT /api/v1/candidates/{id}/languages/{language}", RECRUITER);
        allow("DELETE /api/v1/candidates/{id}/languages/{language}", RECRUITER);
        allow("PUT /api/v1/candidates/{id}/unemployment", RECRUITER);
        allow("DELETE /api/v1/candidates/{id}/unemployment", RECRUITER);
        allow("GET /api/v1/candidates/{id}/next-of-kin", RECRUITER);
        allow("POST /api/v1/candidates/{id}/next-of-kin", RECRUITER);
        allow("DELETE /api/v1/candidates/{id}/next-of-kin/{itemId}", RECRUITER);
        allow("GET /api/v1/clients", RECRUITER);
        allow("POST /api/v1/clients", RECRUITER);
        allow("GET /api/v1/clients/{id}", RECRUITER);
        allow("PUT /api/v1/clients/{id}", RECRUITER);
        allow("GET /api/v1/clients/{id}/contacts", RECRUITER);
        allow("POST /api/v1/clients/{id}/contacts", RECRUITER);
        allow("GET /api/v1/clients/{id}/agreements", RECRUITER);
        allow("POST /api/v1/clients/{id}/agreements", RECRUITER);
        allow("POST /api/v1/clients/{id}/job-orders", RECRUITER);
        allow("GET /api/v1/job-orders", RECRUITER);
        allow("GET /api/v1/job-orders/{id}", RECRUITER);
        allow("PUT /api/v1/job-orders/{id}", RECRUITER);
        allow("POST /api/v1/job-orders/{id}/close", RECRUITER);
        allow("GET /api/v1/job-orders/{jobOrder}/matches", RECRUITER);
        allow("GET /api/v1/placements", RECRUITER);
        allow("POST /api/v1/placements", RECRUITER);
        allow("GET /api/v1/placements/{id}", RECRUITER);
        allow("POST /api/v1/placements/{id}/accept", RECRUITER);
        allow("POST /api/v1/placements/{id}/reject", RECRUITER);
        allow("POST /api/v1/placements/{id}/withdraw", RECRUITER);
        allow("POST /api/v1/placements/{id}/start", RECRUITER);
        allow("POST /api/v1/placements/{id}/hours", RECRUITER);
        allow("POST /api/v1/placements/{id}/end", RECRUITER);

        // The employee file: shared by the roles working with employees; each form only for the role whose work it is.
        allow("GET /employees", EMPLOYEE_FILE);
        allow("GET /employees/{id}", EMPLOYEE_FILE);
        allow("POST /employees/{id}/cpr", RECRUITER, PAYROLL);
        allow("POST /employees/{id}/nationality", RECRUITER, PAYROLL);
        allow("POST /employees/{id}/id-document", RECRUITER);
        allow("POST /employees/{id}/permit", RECRUITER);
        allow("POST /employees/{id}/bank-account", PAYROLL);
        allow("POST /employees/{id}/absences", RECRUITER, PAYROLL);
        allow("POST /employees/{id}/health-basis", PAYROLL);
        allow("POST /employees/{id}/health-consent", PAYROLL);
        allow("POST /employees/{id}/timesheets", RECRUITER, PAYROLL);
        allow("POST /employees/{id}/employments/end", RECRUITER, PAYROLL);
        allow("POST /employees/{id}/screenings", RECRUITER, SCREENING);
        allow("POST /employees/{id}/criminal-record/consent", SCREENING);
        allow("POST /employees/{id}/criminal-record/withdrawal", SCREENING);
        allow("POST /employees/{id}/criminal-record", SCREENING);
        // Sent empty, this answers 400 before the module's role check: the cell proves the URL rule only.
        allow("POST /employees/{id}/criminal-record/disclosure-consents", EMPLOYEE_FILE);
        allow("POST /employees/{id}/criminal-record/disclosures", SCREENING);
        allow("POST /employees/{id}/disclosures", RECRUITER, PAYROLL);
        allow("GET /api/v1/employees", EMPLOYEE_FILE);
        allow("GET /api/v1/employees/permit-warnings", EMPLOYEE_FILE);
        allow("GET /api/v1/employees/disclosure-options", EMPLOYEE_FILE);
        allow("GET /api/v1/employees/{id}", EMPLOYEE_FILE);
        allow("POST /api/v1/employees/{id}/cpr", RECRUITER, PAYROLL);
        allow("POST /api/v1/employees/{id}/nationality", RECRUITER, PAYROLL);
        allow("POST /api/v1/employees/{id}/id-document", RECRUITER);
        allow("POST /api/v1/employees/{id}/permit", RECRUITER);
        allow("POST /api/v1/employees/{id}/bank-account", PAYROLL);
        allow("POST /api/v1/employees/{id}/absences", RECRUITER, PAYROLL);
        allow("POST /api/v1/employees/{id}/health-basis", PAYROLL);
        allow("POST /api/v1/employees/{id}/timesheets", RECRUITER, PAYROLL);
        allow("POST /api/v1/employees/{id}/screenings", RECRUITER, SCREENING);
        allow("POST /api/v1/employees/{id}/criminal-record/consent", SCREENING);
        allow("POST /api/v1/employees/{id}/criminal-record/withdrawal", SCREENING);
        allow("POST /api/v1/employees/{id}/criminal-record", SCREENING);
        allow("POST /api/v1/employees/{id}/criminal-record/disclosure-consents", EMPLOYEE_FILE);
        allow("POST /api/v1/employees/{id}/criminal-record/disclosures", SCREENING);
        allow("POST /api/v1/employees/{id}/disclosures", RECRUITER, PAYROLL);

        // Payroll.
        allow("GET /payroll", PAYROLL);
        allow("POST /payroll", PAYROLL);
        allow("GET /api/v1/payroll/providers", PAYROLL);
        allow("POST /api/v1/payroll/export", PAYROLL);
    }

    private ExpectedAccess() {
    }

    private static void allow(String endpoint, Set<Who> who) {
        if (TABLE.put(endpoint, who) != null) {
            throw new IllegalStateException("Two rows for " + endpoint);
        }
    }

    private static void allow(String endpoint, Who... who) {
        allow(endpoint, EnumSet.copyOf(java.util.List.of(who)));
    }

    /**
     * What is wrong with the table against the endpoints the application answers: the endpoints
     * without a row, and the rows for endpoints that no longer exist. Empty when they match exactly.
     */
    static String mismatch(Set<String> collected, Set<String> rows) {
        Set<String> unlisted = new TreeSet<>(collected);
        unlisted.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(collected);
        StringBuilder problems = new StringBuilder();
        unlisted.forEach(endpoint -> problems.append("\n  no row in ExpectedAccess for: ").append(endpoint));
        stale.forEach(endpoint -> problems.append("\n  row for an endpoint the application no longer has: ").append(endpoint));
        return problems.toString();
    }
}
