package dk.tillid.employment;

import java.util.List;
import java.util.Locale;

import dk.tillid.person.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employee file for other programs, with the same field-level rules as the pages: each field
 * says whether it is VISIBLE, MASKED or REFUSED for the caller's role, and carries a value only if shown.
 */
@RestController
@RequestMapping(path = "/api/v1/employees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Employees", description = "The employee file (P-PUR-4, P-PUR-6, P-PUR-10), field by field as the caller's role may see it.")
class EmployeeApi {

    private final EmployeeFileReader reader;
    private final PermitWarnings permits;
    private final EmployeeFiles files;
    private final Absences absences;
    private final Timesheets timesheets;
    private final Screenings screenings;
    private final CriminalRecords criminalRecords;
    private final AuthorityDisclosures disclosures;
    private final CriminalRecordDisclosures toClients;
    private final MessageSource messages;

    EmployeeApi(EmployeeFileReader reader, PermitWarnings permits, EmployeeFiles files, Absences absences,
                Timesheets timesheets, Screenings screenings, CriminalRecords criminalRecords,
                AuthorityDisclosures disclosures, CriminalRecordDisclosures toClients, MessageSource messages) {
        this.toClients = toClients;
        this.reader = reader;
        this.permits = permits;
        this.files = files;
        this.absences = absences;
        this.timesheets = timesheets;
        this.screenings = screenings;
        this.criminalRecords = criminalRecords;
        this.disclosures = disclosures;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "A page of employees in name order (page counts from 0)")
    EmployeeFileReader.Listing list(@RequestParam(defaultValue = "0") int page) {
        return reader.list(page, EmployeeController.PAGE_SIZE);
    }

    @GetMapping("/permit-warnings")
    @Operation(summary = "Work permits expiring within the warning period, or expired (for roles that see permits)")
    List<PermitWarnings.Warning> permitWarnings() {
        return permits.current();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The employee file: each field with its access for the caller's role (VISIBLE, MASKED, REFUSED)")
    EmployeeFileView get(@PathVariable PersonId id) {
        return reader.view(id);
    }

    @PostMapping(path = "/{id}/cpr", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Enter a (new) CPR number; the one before is kept in the history")
    void cpr(@PathVariable PersonId id, @RequestBody EmployeeForms.CprForm form) {
        files.enterCpr(id, form.cpr());
    }

    @PostMapping(path = "/{id}/nationality", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the nationality (ISO 3166 country code)")
    void nationality(@PathVariable PersonId id, @RequestBody EmployeeForms.NationalityForm form) {
        files.setNationality(id, form.country());
    }

    @PostMapping(path = "/{id}/id-document", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the identity document (type, number, expiry)")
    void idDocument(@PathVariable PersonId id, @RequestBody EmployeeForms.IdDocumentForm form) {
        files.setIdDocument(id, form.type(), form.number(), form.expiry());
    }

    @PostMapping(path = "/{id}/permit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the work permit (type, expiry)")
    void permit(@PathVariable PersonId id, @RequestBody EmployeeForms.PermitForm form) {
        files.setPermit(id, form.type(), form.expiry());
    }

    @PostMapping(path = "/{id}/bank-account", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the bank account for pay (4-digit reg. no., account of up to 10 digits)")
    void bank(@PathVariable PersonId id, @RequestBody EmployeeForms.BankForm form) {
        files.setBankAccount(id, form.registration(), form.account());
    }

    @PostMapping(path = "/{id}/absences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an absence; a health-related reason needs consent or a recorded ART9-2-B basis")
    void absence(@PathVariable PersonId id, @RequestBody EmployeeForms.AbsenceForm form) {
        absences.add(id, form.firstDay(), form.lastDay(), form.type(), form.healthReason());
    }

    @PostMapping(path = "/{id}/health-basis", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the employment-law basis (GDPR art. 9(2)(b)) for health-related absence reasons")
    void healthBasis(@PathVariable PersonId id, @RequestBody EmployeeForms.BasisForm form) {
        absences.recordEmploymentLawBasis(id, form.reference());
    }

    @PostMapping(path = "/{id}/timesheets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record hours for a day on an assignment of an employment (0-24 h, not after today)")
    void timesheet(@PathVariable PersonId id, @RequestBody EmployeeForms.TimesheetForm form) {
        timesheets.record(id, form.employment(), form.assignment(), form.day(), form.hours());
    }

    @PostMapping(path = "/{id}/screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a pre-employment screening result done for a client")
    void screening(@PathVariable PersonId id, @RequestBody EmployeeForms.ScreeningForm form) {
        screenings.add(id, form.clientName(), form.screening(), form.result(), form.screenedOn());
    }

    @PostMapping(path = "/{id}/criminal-record/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the person's explicit consent to the criminal record extract (DBL-8)")
    void criminalConsent(@PathVariable PersonId id, @RequestBody EmployeeForms.ConsentForm form) {
        criminalRecords.giveConsent(id, form.channel());
    }

    @PostMapping(path = "/{id}/criminal-record/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw that consent; the extract is deleted at once")
    void criminalWithdrawal(@PathVariable PersonId id, @RequestBody EmployeeForms.ConsentForm form) {
        criminalRecords.withdrawConsent(id, form.channel());
    }

    @PostMapping(path = "/{id}/criminal-record", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Store the criminal record extract (only while the consent stands)")
    void criminalRecord(@PathVariable PersonId id, @RequestBody EmployeeForms.CriminalRecordForm form) {
        criminalRecords.store(id, form.text(), form.issuedOn());
    }

    @PostMapping(path = "/{id}/criminal-record/disclosure-consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the person's consent to one disclosure of the extract to one client")
    java.util.Map<String, Object> disclosureConsent(@PathVariable PersonId id, @RequestBody EmployeeForms.DisclosureConsentForm form) {
        return java.util.Map.of("id", toClients.consent(id, form.client(), form.channel()));
    }

    @PostMapping(path = "/{id}/criminal-record/disclosures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "E-mail the extract to an active contact of the client the consent names, spending the consent")
    void discloseCriminalRecord(@PathVariable PersonId id, @RequestBody EmployeeForms.CriminalDisclosureForm form) {
        toClients.disclose(id, form.consent(), form.contact());
    }

    @GetMapping("/disclosure-options")
    @Operation(summary = "Recipients, purposes, legal bases and categories a disclosure to authorities may be recorded with")
    List<AuthorityDisclosures.Option> disclosureOptions() {
        return disclosures.options();
    }

    @PostMapping(path = "/{id}/disclosures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a disclosure to an authority, pension company, employers' association or court")
    void disclosure(@PathVariable PersonId id, @RequestBody EmployeeForms.DisclosureForm form) {
        disclosures.record(id, form.recipient(), form.recipientName(), form.purpose(), form.legalBasis(), form.categories());
    }

    @ExceptionHandler(EmploymentRefusal.class)
    ResponseEntity<ProblemDetail> refused(EmploymentRefusal refusal, Locale locale) {
        return ApiRefusals.refused(messages, refusal, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return ApiRefusals.denied(messages, locale);
    }
}
