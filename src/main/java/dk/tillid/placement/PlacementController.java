package dk.tillid.placement;

import java.util.function.Consumer;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open placements and assignments, and each placement's steps: accept, reject, withdraw, start, hours, end. */
@Controller
@RequestMapping("/placements")
class PlacementController {

    private final Placements placements;

    PlacementController(Placements placements) {
        this.placements = placements;
    }

    @GetMapping
    ModelAndView list() {
        return new ModelAndView("placement/list").addObject("placements", placements.open());
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable PlacementId id) {
        return new ModelAndView("placement/show")
                .addObject("view", placements.get(id))
                .addObject("contactKinds", PlacementForms.ContactForm.RECORDABLE);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable PlacementId id, RedirectAttributes redirect) {
        return step(id, redirect, "placement.accepted", placements::accept);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable PlacementId id, RedirectAttributes redirect) {
        return step(id, redirect, "placement.rejected", placements::reject);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable PlacementId id, RedirectAttributes redirect) {
        return step(id, redirect, "placement.withdrawn", placements::withdraw);
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable PlacementId id, @Valid @ModelAttribute PlacementForms.StartForm form, BindingResult result,
                 RedirectAttributes redirect) {
        return step(id, redirect, result, "placement.started", p -> placements.startAssignment(p, form.firstDay(), form.hourlyPay()));
    }

    @PostMapping("/{id}/hours")
    String hours(@PathVariable PlacementId id, @Valid @ModelAttribute PlacementForms.HoursForm form, BindingResult result,
                 RedirectAttributes redirect) {
        return step(id, redirect, result, "placement.hoursRecorded.saved", p -> placements.recordHours(p, form.day(), form.hours()));
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable PlacementId id, @Valid @ModelAttribute PlacementForms.EndForm form, BindingResult result,
               RedirectAttributes redirect) {
        return step(id, redirect, result, "placement.ended", p -> placements.end(p, form.lastDay()));
    }

    @PostMapping("/{id}/contacts")
    String contact(@PathVariable PlacementId id, @Valid @ModelAttribute PlacementForms.ContactForm form, BindingResult result,
                   RedirectAttributes redirect) {
        if (!result.hasErrors() && !PlacementForms.ContactForm.RECORDABLE.contains(form.kind())) {
            result.reject("placement.refused.form");
        }
        return step(id, redirect, result, "placement.contactRecorded", p -> placements.recordContact(p, form.kind(), form.note()));
    }

    private String step(PlacementId id, RedirectAttributes redirect, String done, Consumer<PlacementId> action) {
        try {
            action.accept(id);
            redirect.addFlashAttribute("saved", done);
        } catch (PlacementRefusedException refused) {
            redirect.addFlashAttribute("refused", refused.reason());
        }
        return "redirect:/placements/" + id;
    }

    private String step(PlacementId id, RedirectAttributes redirect, BindingResult result, String done,
                        Consumer<PlacementId> action) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refused", "placement.refused.form");
            return "redirect:/placements/" + id;
        }
        return step(id, redirect, done, action);
    }
}
