package dk.tillid.candidate;

import java.util.Locale;
import java.util.UUID;

import dk.tillid.candidate.SectionForms.ContactForm;
import dk.tillid.candidate.SectionForms.CourseForm;
import dk.tillid.candidate.SectionForms.EducationForm;
import dk.tillid.candidate.SectionForms.ExperienceForm;
import dk.tillid.candidate.SectionForms.LanguageForm;
import dk.tillid.candidate.SectionForms.NextOfKinForm;
import dk.tillid.candidate.SectionForms.RefereeForm;
import dk.tillid.candidate.SectionForms.UnemploymentForm;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Adding and removing the entries of a candidate's sections, languages, unemployment and contacts.
 * Each add has its own small page (also where a refused entry is shown with its errors); the
 * candidate page links to them or posts straight to them.
 */
@Controller
@RequestMapping("/candidates/{id}")
class CandidateSectionController {

    private static final PurposeId WORK = CandidateController.WORK;
    /** Next of kin are kept for safety at work (P-PUR-7), and read only for it. */
    static final PurposeId SAFETY = PurposeId.ADMINISTRATION;

    private final Candidates candidates;
    private final Persons persons;

    CandidateSectionController(Candidates candidates, Persons persons) {
        this.candidates = candidates;
        this.persons = persons;
    }

    @GetMapping("/education/new")
    ModelAndView newEducation(@PathVariable PersonId id) {
        return page(id, "education", new EducationForm(null, null, null, null, null));
    }

    @PostMapping("/education/new")
    ModelAndView addEducation(@PathVariable PersonId id, @Valid @ModelAttribute("form") EducationForm form,
                              BindingResult result, RedirectAttributes redirect) {
        return save(id, "education", form, result, redirect, () -> candidates.add(id, form.item(), WORK));
    }

    @GetMapping("/experience/new")
    ModelAndView newExperience(@PathVariable PersonId id) {
        return page(id, "experience", new ExperienceForm(Experience.Kind.JOB, null, null, null, null, null));
    }

    @PostMapping("/experience/new")
    ModelAndView addExperience(@PathVariable PersonId id, @Valid @ModelAttribute("form") ExperienceForm form,
                               BindingResult result, RedirectAttributes redirect) {
        return save(id, "experience", form, result, redirect, () -> candidates.add(id, form.item(), WORK));
    }

    @GetMapping("/courses/new")
    ModelAndView newCourse(@PathVariable PersonId id) {
        return page(id, "courses", new CourseForm(Course.Kind.COURSE, null, null, null, null, null));
    }

    @PostMapping("/courses/new")
    ModelAndView addCourse(@PathVariable PersonId id, @Valid @ModelAttribute("form") CourseForm form,
                           BindingResult result, RedirectAttributes redirect) {
        return save(id, "courses", form, result, redirect, () -> candidates.add(id, form.item(), WORK));
    }

    @GetMapping("/referees/new")
    ModelAndView newReferee(@PathVariable PersonId id) {
        return page(id, "referees", new RefereeForm(null, null, null, null, null, null));
    }

    @PostMapping("/referees/new")
    ModelAndView addReferee(@PathVariable PersonId id, @Valid @ModelAttribute("form") RefereeForm form,
                            BindingResult result, RedirectAttributes redirect) {
        return save(id, "referees", form, result, redirect, () -> candidates.add(id, form.item(), WORK));
    }

    @PostMapping("/{section:education|experience|courses|referees}/{itemId}/remove")
    String remove(@PathVariable PersonId id, @PathVariable String section, @PathVariable UUID itemId,
                  RedirectAttributes redirect) {
        candidates.remove(id, Section.valueOf(section.toUpperCase(Locale.ROOT)), itemId, WORK);
        redirect.addFlashAttribute("saved", "candidate.removed");
        return "redirect:/candidates/" + id.value();
    }

    @GetMapping("/languages/new")
    ModelAndView newLanguage(@PathVariable PersonId id) {
        return page(id, "languages", new LanguageForm(null, null));
    }

    @PostMapping("/languages/new")
    ModelAndView setLanguage(@PathVariable PersonId id, @Valid @ModelAttribute("form") LanguageForm form,
                             BindingResult result, RedirectAttributes redirect) {
        return save(id, "languages", form, result, redirect, () -> candidates.setLanguage(id, form.skill(), WORK));
    }

    @PostMapping("/languages/{code}/remove")
    String removeLanguage(@PathVariable PersonId id, @PathVariable String code, RedirectAttributes redirect) {
        candidates.removeLanguage(id, code, WORK);
        redirect.addFlashAttribute("saved", "candidate.removed");
        return "redirect:/candidates/" + id.value();
    }

    @GetMapping("/unemployment")
    ModelAndView editUnemployment(@PathVariable PersonId id) {
        Unemployment now = candidates.get(id, WORK).candidate().unemployment().orElse(null);
        return page(id, "unemployment", now == null ? new UnemploymentForm(null, null, null, null, null)
                : new UnemploymentForm(now.unemployedSince(), now.insuranceFund(), now.leave(), now.leaveFrom(), now.leaveTo()));
    }

    @PostMapping("/unemployment")
    ModelAndView setUnemployment(@PathVariable PersonId id, @Valid @ModelAttribute("form") UnemploymentForm form,
                                 BindingResult result, RedirectAttributes redirect) {
        return save(id, "unemployment", form, result, redirect, () -> candidates.setUnemployment(id, form.value(), WORK));
    }

    @PostMapping("/unemployment/remove")
    String removeUnemployment(@PathVariable PersonId id, RedirectAttributes redirect) {
        candidates.setUnemployment(id, null, WORK);
        redirect.addFlashAttribute("saved", "candidate.removed");
        return "redirect:/candidates/" + id.value();
    }

    @GetMapping("/contacts/new")
    ModelAndView newContact(@PathVariable PersonId id) {
        return page(id, "contacts", new ContactForm(ContactEvent.Kind.CALL, null));
    }

    @PostMapping("/contacts/new")
    ModelAndView recordContact(@PathVariable PersonId id, @Valid @ModelAttribute("form") ContactForm form,
                               BindingResult result, RedirectAttributes redirect) {
        return save(id, "contacts", form, result, redirect, () -> {
            candidates.requireCandidate(id);
            persons.recordContact(id, form.kind(), form.note(), WORK);
        });
    }

    /** Next of kin, read only for safety at work: a separate page, so an ordinary look at the candidate does not read them. */
    @GetMapping("/next-of-kin")
    ModelAndView nextOfKin(@PathVariable PersonId id) {
        ModelAndView page = new ModelAndView("candidate/next-of-kin");
        page.addObject("view", candidates.get(id, SAFETY));
        page.addObject("form", new NextOfKinForm(null, null, null, null));
        return page;
    }

    @PostMapping("/next-of-kin/new")
    ModelAndView addNextOfKin(@PathVariable PersonId id, @Valid @ModelAttribute("form") NextOfKinForm form,
                              BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                candidates.add(id, form.item(), SAFETY);
                redirect.addFlashAttribute("saved", "candidate.saved");
                return new ModelAndView("redirect:/candidates/" + id.value() + "/next-of-kin");
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        ModelAndView page = new ModelAndView("candidate/next-of-kin");
        page.addObject("view", candidates.get(id, SAFETY));
        page.addObject("form", form);
        return CandidateController.invalid(page, result);
    }

    @PostMapping("/next-of-kin/{itemId}/remove")
    String removeNextOfKin(@PathVariable PersonId id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        candidates.remove(id, Section.NEXT_OF_KIN, itemId, SAFETY);
        redirect.addFlashAttribute("saved", "candidate.removed");
        return "redirect:/candidates/" + id.value() + "/next-of-kin";
    }

    private ModelAndView save(PersonId id, String section, Object form, BindingResult result,
                              RedirectAttributes redirect, Runnable step) {
        if (!result.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("saved", "candidate.saved");
                return new ModelAndView("redirect:/candidates/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return CandidateController.invalid(page(id, section, form), result);
    }

    private ModelAndView page(PersonId id, String section, Object form) {
        ModelAndView page = new ModelAndView("candidate/item-form");
        page.addObject("view", candidates.get(id, WORK));
        page.addObject("section", section);
        page.addObject("form", form);
        page.addObject("experienceKinds", Experience.Kind.values());
        page.addObject("courseKinds", Course.Kind.values());
        page.addObject("levels", LanguageSkill.Level.values());
        page.addObject("languageOptions", LanguageOptions.in(LocaleContextHolder.getLocale()));
        page.addObject("contactKinds", ContactForm.RECORDABLE);
        return page;
    }
}
