package dk.tillid.candidate;

import java.util.Locale;

import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.retention.RetentionViews;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recruiters' candidate pages: the list, the candidate, registration and editing. A recruiter
 * reads and changes candidates to assess their suitability for jobs (P-PUR-3); next of kin have
 * their own page under P-PUR-7.
 */
@Controller
@RequestMapping("/candidates")
class CandidateController {

    static final PurposeId WORK = PurposeId.SUITABILITY;
    static final int PAGE_SIZE = 25;
    static final int HISTORY_SIZE = 200;

    private final Candidates candidates;
    private final Persons persons;
    private final AuditTrail audit;
    private final Documents documents;
    private final Disclosures disclosures;
    private final dk.tillid.policy.Policy policy;
    private final RetentionViews retention;

    CandidateController(Candidates candidates, Persons persons, AuditTrail audit, Documents documents,
                        Disclosures disclosures, dk.tillid.policy.Policy policy, RetentionViews retention) {
        this.candidates = candidates;
        this.persons = persons;
        this.audit = audit;
        this.documents = documents;
        this.disclosures = disclosures;
        this.policy = policy;
        this.retention = retention;
    }

    /** The first page, unfiltered. Filters are posted, never put in the address: a name is personal data. */
    @GetMapping
    ModelAndView list() {
        return list(CandidateSearchForm.empty());
    }

    @PostMapping
    ModelAndView search(@ModelAttribute("search") CandidateSearchForm search) {
        return list(search);
    }

    private ModelAndView list(CandidateSearchForm search) {
        ModelAndView page = new ModelAndView("candidate/list");
        page.addObject("search", search);
        page.addObject("statuses", CandidateSummary.Status.values());
        try {
            page.addObject("page", candidates.search(search.filter(), search.afterId(), PAGE_SIZE, WORK));
        } catch (IllegalArgumentException unusable) {
            page.addObject("page", new CandidatePage(java.util.List.of(), null));
            page.addObject("searchError", true);
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    @GetMapping("/new")
    ModelAndView newCandidate() {
        return form(CandidateForm.empty(), null);
    }

    @PostMapping("/new")
    ModelAndView register(@Valid @ModelAttribute("form") CandidateForm form, BindingResult result,
                          RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                PersonId id = candidates.register(form.candidate(), Candidate.RegisteredVia.STAFF, WORK);
                redirect.addFlashAttribute("saved", "candidate.registered");
                return new ModelAndView("redirect:/candidates/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(form(form, null), result);
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable PersonId id, Locale locale) {
        ModelAndView page = new ModelAndView("candidate/show");
        page.addObject("view", candidates.get(id, WORK));
        page.addObject("contacts", persons.contacts(id, WORK));
        page.addObject("contactKinds", SectionForms.ContactForm.RECORDABLE);
        page.addObject("languageForm", new SectionForms.LanguageForm(null, null));
        page.addObject("contactForm", new SectionForms.ContactForm(null, null));
        page.addObject("languageOptions", LanguageOptions.in(locale));
        page.addObject("documents", documents.list(id, WORK));
        page.addObject("documentKinds", DocumentKind.values());
        page.addObject("disclosures", disclosuresRecruitersMaySee(id));
        page.addObject("restricted", persons.isRestricted(id));
        page.addObject("retention", retention.forPage(id.subject(), WORK, locale));
        return page;
    }

    /**
     * Who got what and when, newest first: only disclosures of data this page's purpose may use.
     * That a criminal record, health data or a court order's disclosure exists is itself such data.
     */
    private java.util.List<dk.tillid.privacy.disclosure.DisclosureRecord> disclosuresRecruitersMaySee(PersonId id) {
        java.util.List<String> visible = policy.purpose(WORK).categories();
        java.util.List<dk.tillid.privacy.disclosure.DisclosureRecord> disclosed = new java.util.ArrayList<>(
                disclosures.of(id.subject()).stream().filter(record -> visible.containsAll(record.categories())).toList());
        java.util.Collections.reverse(disclosed);
        return disclosed;
    }

    @GetMapping("/{id}/edit")
    ModelAndView edit(@PathVariable PersonId id) {
        return form(CandidateForm.of(candidates.get(id, WORK)), id);
    }

    @PostMapping("/{id}/edit")
    ModelAndView update(@PathVariable PersonId id, @Valid @ModelAttribute("form") CandidateForm form,
                        BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                candidates.update(id, form.candidate(), WORK);
                redirect.addFlashAttribute("saved", "candidate.saved");
                return new ModelAndView("redirect:/candidates/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(form(form, id), result);
    }

    /** Who changed what, and when: from the audit trail, which never holds the values. */
    @GetMapping("/{id}/history")
    ModelAndView history(@PathVariable PersonId id) {
        ModelAndView page = new ModelAndView("candidate/history");
        page.addObject("view", candidates.get(id, WORK));
        page.addObject("changes", audit.changesOf(id.subject(), HISTORY_SIZE));
        return page;
    }

    private ModelAndView form(CandidateForm form, PersonId id) {
        ModelAndView page = new ModelAndView("candidate/form");
        page.addObject("form", form);
        page.addObject("id", id);
        page.addObject("workTypes", Profile.WorkType.values());
        return page;
    }

    static ModelAndView invalid(ModelAndView page, BindingResult result) {
        page.addObject(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
