package dk.tillid.employment;

import dk.tillid.person.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the employee page. A refusal by a rule comes back to the page as a plain message in
 * the reader's language (never the value sent); a role that may not change a field gets 403.
 */
@Controller
@RequestMapping("/employees/{id}")
class EmployeeFormsController {

    private final EmployeeFiles files;
    private final Absences absences;
    private final Timesheets timesheets;
    private final Screenings screenings;
    private final CriminalRecords criminalRecords;
    private final AuthorityDisclosures disclosures;
    private final CriminalRecordDisclosures toClients;

    EmployeeFormsController(EmployeeFiles files, Absences absences, Timesheets timesheets, Screenings screenings,
                            CriminalRecords criminalRecords, AuthorityDisclosures disclosures,
                            CriminalRecordDisclosures toClients) {
        this.toClients = toClients;
        this.files = files;
        this.absences = absences;
        this.timesheets = timesheets;
        this.screenings = screenings;
        this.criminalRecords = criminalRecords;
        this.disclosures = disclosures;
    }

    @PostMapping("/cpr")
    ModelAndView cpr(@PathVariable PersonId id, @ModelAttribute EmployeeForms.CprForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> files.enterCpr(id, form.cpr()));
    }

    @PostMapping("/nationality")
    ModelAndView nationality(@PathVariable PersonId id, @ModelAttribute EmployeeForms.NationalityForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> files.setNationality(id, form.country()));
    }

    @PostMapping("/id-document")
    ModelAndView idDocument(@PathVariable PersonId id, @ModelAttribute EmployeeForms.IdDocumentForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> files.setIdDocument(id, form.type(), form.number(), form.expiry()));
    }

    @PostMapping("/permit")
    ModelAndView permit(@PathVariable PersonId id, @ModelAttribute EmployeeForms.PermitForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> files.setPermit(id, form.type(), form.expiry()));
    }

    @PostMapping("/bank-account")
    ModelAndView bank(@PathVariable PersonId id, @ModelAttribute EmployeeForms.BankForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> files.setBankAccount(id, form.registration(), form.account()));
    }

    @PostMapping("/absences")
    ModelAndView absence(@PathVariable PersonId id, @ModelAttribute EmployeeForms.AbsenceForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> absences.add(id, form.firstDay(), form.lastDay(), form.type(), form.healthReason()));
    }

    @PostMapping("/health-basis")
    ModelAndView healthBasis(@PathVariable PersonId id, @ModelAttribute EmployeeForms.BasisForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> absences.recordEmploymentLawBasis(id, form.reference()));
    }

    @PostMapping("/health-consent")
    ModelAndView healthConsent(@PathVariable PersonId id, @ModelAttribute EmployeeForms.ConsentForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> absences.recordHealthConsent(id, form.channel()));
    }

    @PostMapping("/timesheets")
    ModelAndView timesheet(@PathVariable PersonId id, @ModelAttribute EmployeeForms.TimesheetForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> timesheets.record(id, form.employment(), form.assignment(), form.day(), form.hours()));
    }

    @PostMapping("/employments/end")
    ModelAndView end(@PathVariable PersonId id, @ModelAttribute EmployeeForms.TimesheetForm employment,
                     @ModelAttribute EmployeeForms.EndForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> timesheets.end(id, employment.employment(), form.lastDay()));
    }

    @PostMapping("/screenings")
    ModelAndView screening(@PathVariable PersonId id, @ModelAttribute EmployeeForms.ScreeningForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> screenings.add(id, form.clientName(), form.screening(), form.result(), form.screenedOn()));
    }

    @PostMapping("/criminal-record/consent")
    ModelAndView criminalConsent(@PathVariable PersonId id, @ModelAttribute EmployeeForms.ConsentForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> criminalRecords.giveConsent(id, form.channel()));
    }

    @PostMapping("/criminal-record/withdrawal")
    ModelAndView criminalWithdrawal(@PathVariable PersonId id, @ModelAttribute EmployeeForms.ConsentForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> criminalRecords.withdrawConsent(id, form.channel()));
    }

    @PostMapping("/criminal-record")
    ModelAndView criminalRecord(@PathVariable PersonId id, @ModelAttribute EmployeeForms.CriminalRecordForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> criminalRecords.store(id, form.text(), form.issuedOn()));
    }

    @PostMapping("/criminal-record/disclosure-consents")
    ModelAndView disclosureConsent(@PathVariable PersonId id, @ModelAttribute EmployeeForms.DisclosureConsentForm form,
                                   RedirectAttributes redirect) {
        return act(id, redirect, () -> toClients.consent(id, form.client(), form.channel()));
    }

    @PostMapping("/criminal-record/disclosures")
    ModelAndView discloseCriminalRecord(@PathVariable PersonId id, @ModelAttribute EmployeeForms.CriminalDisclosureForm form,
                                        RedirectAttributes redirect) {
        return act(id, redirect, () -> toClients.disclose(id, form.consent(), form.contact()));
    }

    @PostMapping("/disclosures")
    ModelAndView disclosure(@PathVariable PersonId id, @ModelAttribute EmployeeForms.DisclosureForm form, RedirectAttributes redirect) {
        return act(id, redirect, () -> disclosures.record(id, form.recipient(), form.recipientName(), form.purpose(),
                form.legalBasis(), form.categories()));
    }

    private static ModelAndView act(PersonId id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            return EmployeeController.back(id, redirect, "employment.saved");
        } catch (EmploymentRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
            return new ModelAndView("redirect:/employees/" + id.value());
        }
    }
}
