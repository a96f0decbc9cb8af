package dk.tillid.employment;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.retention.RetentionViews;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee pages: the list (with work-permit warnings for those who see permits) and the file,
 * shown field by field as the signed-in role may see it. Changes are posted to {@link EmployeeFormsController}.
 */
@Controller
@RequestMapping("/employees")
class EmployeeController {

    static final int PAGE_SIZE = 25;

    private final EmployeeFileReader reader;
    private final PermitWarnings permits;
    private final AuthorityDisclosures disclosures;
    private final RetentionViews retention;

    EmployeeController(EmployeeFileReader reader, PermitWarnings permits, AuthorityDisclosures disclosures,
                       RetentionViews retention) {
        this.reader = reader;
        this.permits = permits;
        this.disclosures = disclosures;
        this.retention = retention;
    }

    @GetMapping
    ModelAndView list(@RequestParam(defaultValue = "0") int page) {
        ModelAndView view = new ModelAndView("employment/list");
        view.addObject("listing", reader.list(Math.max(page, 0), PAGE_SIZE));
        view.addObject("page", Math.max(page, 0));
        view.addObject("warnings", permits.current());
        view.addObject("warningDays", permits.days());
        return view;
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable PersonId id, java.util.Locale locale) {
        ModelAndView view = new ModelAndView("employment/show");
        EmployeeFileView file = reader.view(id);
        view.addObject("file", file);
        view.addObject("f", file.fields());
        Object nationality = file.field(Field.NATIONALITY).value();
        view.addObject("nationalityName", nationality == null ? null
                : new java.util.Locale("", nationality.toString()).getDisplayCountry(locale));
        Viewer viewer = Viewer.current();
        view.addObject("may", Permissions.of(viewer));
        view.addObject("absenceTypes", Absences.Type.values());
        view.addObject("documentTypes", EmployeeFiles.IdDocumentType.values());
        view.addObject("channels", dk.tillid.privacy.consent.ConsentChannel.values());
        view.addObject("disclosureOptions", disclosures.options());
        // The dates follow from the employment dates: shown to those who see the employments, not to screening alone.
        if (PurposeId.EMPLOYMENT.equals(EmployeeFileReader.purposeOf(viewer))) {
            view.addObject("retention", retention.forPage(id.subject(), PurposeId.EMPLOYMENT, locale));
        }
        return view;
    }

    /** Which forms the page offers the role; the services check again. */
    record Permissions(boolean cpr, boolean identity, boolean permit, boolean bank, boolean absence, boolean health,
                       boolean timesheets, boolean screening, boolean criminalRecord, boolean disclosures) {

        static Permissions of(Viewer viewer) {
            return new Permissions(FieldAccess.mayWrite(viewer, Field.CPR), FieldAccess.mayWrite(viewer, Field.ID_DOCUMENT)
                    || FieldAccess.mayWrite(viewer, Field.NATIONALITY), FieldAccess.mayWrite(viewer, Field.WORK_PERMIT),
                    FieldAccess.mayWrite(viewer, Field.BANK_ACCOUNT), FieldAccess.mayWrite(viewer, Field.ABSENCE),
                    FieldAccess.mayWrite(viewer, Field.HEALTH_REASON), FieldAccess.mayWrite(viewer, Field.TIMESHEETS),
                    FieldAccess.mayWrite(viewer, Field.SCREENING), FieldAccess.mayWrite(viewer, Field.CRIMINAL_RECORD),
                    viewer.has(dk.tillid.identity.Role.RECRUITER) || viewer.has(dk.tillid.identity.Role.PAYROLL));
        }
    }

    static ModelAndView back(PersonId id, RedirectAttributes redirect, String saved) {
        redirect.addFlashAttribute("saved", saved);
        return new ModelAndView("redirect:/employees/" + id.value());
    }
}
