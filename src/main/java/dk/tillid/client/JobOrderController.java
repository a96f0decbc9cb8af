package dk.tillid.client;

import dk.tillid.client.ClientForms.JobOrderForm;
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

/** The open job orders, one order, and its changes. Matching and placements have their own pages. */
@Controller
@RequestMapping("/job-orders")
class JobOrderController {

    private final JobOrders jobOrders;
    private final Clients clients;

    JobOrderController(JobOrders jobOrders, Clients clients) {
        this.jobOrders = jobOrders;
        this.clients = clients;
    }

    @GetMapping
    ModelAndView open() {
        return new ModelAndView("client/job-orders").addObject("orders", jobOrders.open());
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable JobOrderId id) {
        return new ModelAndView("client/job-order").addObject("order", jobOrders.get(id));
    }

    @GetMapping("/{id}/edit")
    ModelAndView edit(@PathVariable JobOrderId id) {
        JobOrder order = jobOrders.get(id);
        return form(JobOrderForm.of(order), clients.get(order.client()), id);
    }

    @PostMapping("/{id}/edit")
    ModelAndView revise(@PathVariable JobOrderId id, @Valid @ModelAttribute("form") JobOrderForm form,
                        BindingResult result, RedirectAttributes redirect) {
        JobOrder order = jobOrders.get(id);
        if (!order.isOpen()) {
            result.reject("jobOrder.notOpen");
        }
        if (!result.hasErrors()) {
            try {
                jobOrders.revise(id, form.details());
                redirect.addFlashAttribute("saved", "jobOrder.saved");
                return new ModelAndView("redirect:/job-orders/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return ClientController.invalid(form(form, clients.get(order.client()), id), result);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable JobOrderId id, RedirectAttributes redirect) {
        return move(id, redirect, "jobOrder.closed", () -> jobOrders.close(id));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable JobOrderId id, RedirectAttributes redirect) {
        return move(id, redirect, "jobOrder.reopened", () -> jobOrders.reopen(id));
    }

    private String move(JobOrderId id, RedirectAttributes redirect, String done, Runnable step) {
        jobOrders.get(id);
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (IllegalStateException refused) {
            redirect.addFlashAttribute("refused", "jobOrder.statusRefused");
        }
        return "redirect:/job-orders/" + id.value();
    }

    static ModelAndView form(JobOrderForm form, ClientCompany client, JobOrderId id) {
        return new ModelAndView("client/job-order-form").addObject("form", form).addObject("client", client)
                .addObject("id", id).addObject("kinds", JobOrder.Kind.values());
    }
}
