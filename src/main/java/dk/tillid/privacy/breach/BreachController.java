package dk.tillid.privacy.breach;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import dk.tillid.policy.Policy;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's breach register (/dpo/** is the DPO's and the admin's): record, list, and the steps of one breach. */
@Controller
class BreachController {

    private final Breaches breaches;
    private final BreachNotices notices;
    private final Policy policy;
    private final Clock clock;

    BreachController(Breaches breaches, BreachNotices notices, Policy policy, Clock clock) {
        this.breaches = breaches;
        this.notices = notices;
        this.policy = policy;
        this.clock = clock;
    }

    record CategoryOption(String id, String name) {
    }

    @GetMapping("/dpo/breaches")
    ModelAndView list(Locale locale) {
        return listPage(BreachForm.empty(), locale);
    }

    @PostMapping("/dpo/breaches")
    ModelAndView record(@Valid @ModelAttribute("form") BreachForm form, BindingResult result, Locale locale,
                        RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                BreachId id = breaches.record(form);
                redirect.addFlashAttribute("saved", "breach.recorded");
                return new ModelAndView("redirect:/dpo/breaches/" + id);
            } catch (BreachRefused refused) {
                result.reject(refused.key());
            }
        }
        ModelAndView page = listPage(form, locale);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @GetMapping("/dpo/breaches/{id}")
    ModelAndView show(@PathVariable UUID id) {
        return detail(new BreachId(id), null, null);
    }

    @PostMapping("/dpo/breaches/{id}/updates")
    ModelAndView addUpdate(@PathVariable UUID id, @Valid @ModelAttribute("updateForm") StepForms.UpdateForm form,
                           BindingResult result, RedirectAttributes redirect) {
        return step(id, result, "breach.update.added", redirect, breach -> breaches.addUpdate(breach, form.text()));
    }

    @PostMapping("/dpo/breaches/{id}/authority")
    ModelAndView authority(@PathVariable UUID id, @Valid @ModelAttribute("authorityForm") StepForms.AuthorityForm form,
                           BindingResult result, RedirectAttributes redirect) {
        return step(id, result, "breach.authority.recorded", redirect,
                breach -> breaches.authorityNotified(breach, form.notifiedAt(), form.reference()));
    }

    @PostMapping("/dpo/breaches/{id}/no-notification")
    ModelAndView noNotification(@PathVariable UUID id,
                                @Valid @ModelAttribute("noNotificationForm") StepForms.NoNotificationForm form,
                                BindingResult result, RedirectAttributes redirect) {
        return step(id, result, "breach.noNotification.recorded", redirect,
                breach -> breaches.noNotificationNeeded(breach, form.reason()));
    }

    @PostMapping("/dpo/breaches/{id}/risk")
    ModelAndView risk(@PathVariable UUID id, @Valid @ModelAttribute("riskForm") StepForms.RiskForm form,
                      BindingResult result, RedirectAttributes redirect) {
        return step(id, result, "breach.risk.recorded", redirect,
                breach -> breaches.assessHighRisk(breach, form.reasoning(), form.advice()));
    }

    /** Who the selection names, before anyone is told. A POST: the selection may hold person ids, never in a URL. */
    @PostMapping("/dpo/breaches/{id}/affected")
    ModelAndView preview(@PathVariable UUID id, @ModelAttribute("selection") SelectionForm selection) {
        BreachId breach = new BreachId(id);
        try {
            return detail(breach, null, null).addObject("selection", selection)
                    .addObject("preview", notices.preview(breach, selection));
        } catch (BreachRefused refused) {
            return refusal(breach, refused).addObject("selection", selection);
        }
    }

    @PostMapping("/dpo/breaches/{id}/notify")
    ModelAndView notifyPeople(@PathVariable UUID id, @ModelAttribute("selection") SelectionForm selection,
                              RedirectAttributes redirect) {
        BreachId breach = new BreachId(id);
        try {
            redirect.addFlashAttribute("told", notices.notify(breach, selection));
            return new ModelAndView("redirect:/dpo/breaches/" + id);
        } catch (BreachRefused refused) {
            return refusal(breach, refused).addObject("selection", selection);
        }
    }

    private ModelAndView step(UUID id, BindingResult result, String saved, RedirectAttributes redirect,
                              Consumer<BreachId> action) {
        BreachId breach = new BreachId(id);
        if (result.hasErrors()) {
            ModelAndView page = detail(breach, result.getObjectName(), result);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        try {
            action.accept(breach);
            redirect.addFlashAttribute("saved", saved);
            return new ModelAndView("redirect:/dpo/breaches/" + id);
        } catch (BreachRefused refused) {
            return refusal(breach, refused);
        }
    }

    private ModelAndView refusal(BreachId breach, BreachRefused refused) {
        if ("breach.unknown".equals(refused.key())) {
            return notFound();
        }
        ModelAndView page = detail(breach, null, null).addObject("refused", refused.key());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView detail(BreachId id, String failedForm, BindingResult result) {
        Breach breach;
        try {
            breach = breaches.find(id);
        } catch (BreachRefused unknown) {
            return notFound();
        }
        ModelAndView page = new ModelAndView("privacy/breach")
                .addObject("breach", breach)
                .addObject("now", clock.instant())
                .addObject("updates", breaches.updatesOf(id))
                .addObject("notices", notices.noticesOf(id))
                .addObject("dpo", policy.dataProtectionOfficer())
                .addObject("updateForm", new StepForms.UpdateForm(""))
                .addObject("authorityForm", new StepForms.AuthorityForm(null, ""))
                .addObject("noNotificationForm", new StepForms.NoNotificationForm(""))
                .addObject("riskForm", new StepForms.RiskForm("", ""))
                .addObject("selection", SelectionForm.empty());
        if (failedForm != null) {
            page.addObject(failedForm, result.getTarget());
            page.addObject(BindingResult.MODEL_KEY_PREFIX + failedForm, result);
        }
        return page;
    }

    private ModelAndView listPage(BreachForm form, Locale locale) {
        return new ModelAndView("privacy/breaches").addObject("form", form).addObject("breaches", breaches.latest())
                .addObject("now", clock.instant())
                .addObject("categories", policy.categories().stream()
                        .map(c -> new CategoryOption(c.id(), c.id() + " " + c.name().in(locale))).toList());
    }

    private static ModelAndView notFound() {
        ModelAndView missing = new ModelAndView("error");
        missing.setStatus(HttpStatus.NOT_FOUND);
        missing.addObject("status", 404);
        return missing;
    }
}
