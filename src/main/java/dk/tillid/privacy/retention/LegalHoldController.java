package dk.tillid.privacy.retention;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.platform.AgencyTime;
import dk.tillid.privacy.SubjectId;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO places, reads and lifts legal holds (/dpo/** is the DPO's and the admin's). */
@Controller
class LegalHoldController {

    static final int PAGE = 200;

    private final LegalHolds holds;
    private final Clock clock;

    LegalHoldController(LegalHolds holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
    }

    @GetMapping("/dpo/legal-holds")
    ModelAndView list() {
        return page(LegalHoldForm.empty());
    }

    @PostMapping("/dpo/legal-holds")
    ModelAndView place(@Valid @ModelAttribute("form") LegalHoldForm form, BindingResult result, RedirectAttributes redirect) {
        Optional<SubjectId> subject = SubjectId.tryParse(form.subject());
        if (subject.isEmpty() && !result.hasFieldErrors("subject")) {
            result.rejectValue("subject", "audit.filter.subject.invalid");
        }
        if (!result.hasErrors()) {
            try {
                holds.place(subject.get(), form.reason(), form.endsOn());
                redirect.addFlashAttribute("saved", "legalhold.placed");
                return new ModelAndView("redirect:/dpo/legal-holds");
            } catch (LegalHoldRefused refused) {
                result.rejectValue(field(refused.key()), refused.key());
            }
        }
        ModelAndView page = page(form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @PostMapping("/dpo/legal-holds/{id}/lift")
    ModelAndView lift(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            holds.lift(id, reason);
            redirect.addFlashAttribute("saved", "legalhold.lifted");
            return new ModelAndView("redirect:/dpo/legal-holds");
        } catch (LegalHoldRefused refused) {
            ModelAndView page = page(LegalHoldForm.empty());
            page.addObject("refused", refused.key());
            page.addObject("refusedHold", id);
            page.setStatus("legalhold.unknown".equals(refused.key()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    private ModelAndView page(LegalHoldForm form) {
        return new ModelAndView("privacy/legal-holds").addObject("form", form).addObject("holds", holds.latest(PAGE))
                .addObject("today", AgencyTime.today(clock));
    }

    /** Which field of the form a refusal belongs to. */
    private static String field(String key) {
        if (key.startsWith("legalhold.endsOn")) {
            return "endsOn";
        }
        return key.startsWith("legalhold.reason") || key.equals("legalhold.text.tooLong") ? "reason" : "subject";
    }
}
