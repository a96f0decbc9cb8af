package dk.tillid.privacy.processors;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

/** The DPO keeps the processor register here. */
@Controller
class ProcessorController {

    private final ProcessorRegister register;
    private final Policy policy;

    ProcessorController(ProcessorRegister register, Policy policy) {
        this.register = register;
        this.policy = policy;
    }

    record CategoryOption(String id, String name) {
    }

    @GetMapping("/dpo/processors")
    ModelAndView list(Locale locale) {
        ModelAndView page = new ModelAndView("privacy/processors");
        List<Processor> all = register.all();
        page.addObject("processors", all);
        page.addObject("withoutAgreement", register.withoutAgreement());
        page.addObject("names", all.stream().collect(java.util.stream.Collectors.toMap(p -> p.id().toString(), Processor::name)));
        return page;
    }

    @GetMapping("/dpo/processors/new")
    ModelAndView newProcessor(Locale locale) {
        return form(ProcessorForm.empty(), null, locale);
    }

    @GetMapping("/dpo/processors/{id}")
    ModelAndView edit(@PathVariable UUID id, Locale locale) {
        return register.find(id).map(processor -> form(ProcessorForm.of(processor), id, locale))
                .orElseGet(() -> {
                    ModelAndView missing = new ModelAndView("error");
                    missing.setStatus(HttpStatus.NOT_FOUND);
                    missing.addObject("status", 404);
                    return missing;
                });
    }

    @PostMapping("/dpo/processors/new")
    ModelAndView create(@Valid @ModelAttribute("form") ProcessorForm form, BindingResult result, Locale locale,
                        RedirectAttributes redirect) {
        return save(form, result, null, locale, redirect);
    }

    @PostMapping("/dpo/processors/{id}")
    ModelAndView update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProcessorForm form, BindingResult result,
                        Locale locale, RedirectAttributes redirect) {
        return save(form, result, id, locale, redirect);
    }

    @PostMapping("/dpo/processors/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        register.deactivate(id);
        redirect.addFlashAttribute("saved", "processor.deactivated");
        return "redirect:/dpo/processors";
    }

    private ModelAndView save(ProcessorForm form, BindingResult result, UUID id, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (id == null) {
                    register.create(form);
                } else {
                    register.update(id, form);
                }
                redirect.addFlashAttribute("saved", "processor.saved");
                return new ModelAndView("redirect:/dpo/processors");
            } catch (IllegalArgumentException broken) {
                String field = broken.getMessage().contains("safeguard") ? "safeguard"
                        : broken.getMessage().contains("country") ? "country"
                        : broken.getMessage().contains("parent") ? "parentId" : "categories";
                result.rejectValue(field, broken.getMessage());
            }
        }
        ModelAndView page = form(form, id, locale);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView form(ProcessorForm form, UUID id, Locale locale) {
        ModelAndView page = new ModelAndView("privacy/processor-form");
        page.addObject("form", form);
        page.addObject("id", id);
        page.addObject("categories", policy.categories().stream()
                .map(c -> new CategoryOption(c.id(), c.id() + " " + c.name().in(locale))).toList());
        page.addObject("parents", register.all().stream().filter(p -> !p.id().equals(id)).toList());
        return page;
    }
}
