package dk.tillid.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.client.ClientForms.AgreementForm;
import dk.tillid.client.ClientForms.CompanyForm;
import dk.tillid.client.ClientForms.ContactForm;
import dk.tillid.client.ClientForms.JobOrderForm;
import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recruiters' client pages: companies, their contacts and agreements, and new job orders. The
 * contacts are read and changed to administer the contracts with the client (P-PUR-5).
 */
@Controller
@RequestMapping("/clients")
class ClientController {

    static final PurposeId WORK = PurposeId.ASSIGNMENT;

    private final Clients clients;
    private final JobOrders jobOrders;
    private final Clock clock;

    ClientController(Clients clients, JobOrders jobOrders, Clock clock) {
        this.clients = clients;
        this.jobOrders = jobOrders;
        this.clock = clock;
    }

    /** Company names are no personal data, so the search may be in the address. */
    @GetMapping
    ModelAndView list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        List<ClientCompany> found = clients.list(q.length() > 200 ? q.substring(0, 200) : q, page);
        ModelAndView view = new ModelAndView("client/list");
        view.addObject("q", q);
        view.addObject("page", Math.max(page, 0));
        view.addObject("clients", found.stream().limit(Clients.PAGE_SIZE).toList());
        view.addObject("hasMore", found.size() > Clients.PAGE_SIZE);
        return view;
    }

    @GetMapping("/new")
    ModelAndView newClient() {
        return companyForm(CompanyForm.empty(), null);
    }

    @PostMapping("/new")
    ModelAndView register(@Valid @ModelAttribute("form") CompanyForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ClientId id = clients.register(form.details());
                redirect.addFlashAttribute("saved", "client.registered");
                return new ModelAndView("redirect:/clients/" + id.value());
            } catch (Clients.DuplicateCvrException taken) {
                result.rejectValue("cvr", "client.cvr.taken");
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(companyForm(form, null), result);
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable ClientId id) {
        ModelAndView view = new ModelAndView("client/show");
        view.addObject("client", clients.get(id));
        view.addObject("contacts", clients.contacts(id, WORK));
        view.addObject("agreements", clients.agreements(id));
        view.addObject("jobOrders", jobOrders.ofClient(id));
        view.addObject("today", AgencyTime.today(clock));
        return view;
    }

    @GetMapping("/{id}/edit")
    ModelAndView edit(@PathVariable ClientId id) {
        return companyForm(CompanyForm.of(clients.get(id).details()), id);
    }

    @PostMapping("/{id}/edit")
    ModelAndView revise(@PathVariable ClientId id, @Valid @ModelAttribute("form") CompanyForm form, BindingResult result,
                        RedirectAttributes redirect) {
        clients.get(id);
        if (!result.hasErrors()) {
            try {
                clients.revise(id, form.details());
                redirect.addFlashAttribute("saved", "client.saved");
                return new ModelAndView("redirect:/clients/" + id.value());
            } catch (Clients.DuplicateCvrException taken) {
                result.rejectValue("cvr", "client.cvr.taken");
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(companyForm(form, id), result);
    }

    @GetMapping("/{id}/contacts/new")
    ModelAndView newContact(@PathVariable ClientId id) {
        return page("client/contact-form", id, ContactForm.empty());
    }

    @PostMapping("/{id}/contacts/new")
    ModelAndView addContact(@PathVariable ClientId id, @Valid @ModelAttribute("form") ContactForm form,
                            BindingResult result, RedirectAttributes redirect) {
        clients.get(id);
        if (!result.hasErrors()) {
            try {
                clients.addContact(id, form.contact(), WORK);
                redirect.addFlashAttribute("saved", "client.contact.added");
                return new ModelAndView("redirect:/clients/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(page("client/contact-form", id, form), result);
    }

    @PostMapping("/{id}/contacts/{person}/end")
    String endContact(@PathVariable ClientId id, @PathVariable PersonId person, RedirectAttributes redirect) {
        if (!clients.contact(person, WORK).client().equals(id)) {
            throw new UnknownClientException("contact");
        }
        clients.endContact(person, WORK);
        redirect.addFlashAttribute("saved", "client.contact.ended");
        return "redirect:/clients/" + id.value();
    }

    @GetMapping("/{id}/agreements/new")
    ModelAndView newAgreement(@PathVariable ClientId id) {
        return page("client/agreement-form", id, AgreementForm.empty(AgencyTime.today(clock)))
                .addObject("kinds", Agreement.Kind.values());
    }

    @PostMapping("/{id}/agreements/new")
    ModelAndView addAgreement(@PathVariable ClientId id, @Valid @ModelAttribute("form") AgreementForm form,
                              BindingResult result, RedirectAttributes redirect) {
        clients.get(id);
        if (!result.hasErrors()) {
            try {
                clients.addAgreement(id, form.agreement());
                redirect.addFlashAttribute("saved", "client.agreement.added");
                return new ModelAndView("redirect:/clients/" + id.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(page("client/agreement-form", id, form).addObject("kinds", Agreement.Kind.values()), result);
    }

    @GetMapping("/{id}/job-orders/new")
    ModelAndView newJobOrder(@PathVariable ClientId id) {
        return JobOrderController.form(JobOrderForm.empty(AgencyTime.today(clock).plusWeeks(1)), clients.get(id), null);
    }

    @PostMapping("/{id}/job-orders/new")
    ModelAndView placeJobOrder(@PathVariable ClientId id, @Valid @ModelAttribute("form") JobOrderForm form,
                               BindingResult result, RedirectAttributes redirect) {
        ClientCompany client = clients.get(id);
        if (!result.hasErrors()) {
            try {
                JobOrderId order = jobOrders.place(id, form.details());
                redirect.addFlashAttribute("saved", "jobOrder.placed");
                return new ModelAndView("redirect:/job-orders/" + order.value());
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(JobOrderController.form(form, client, null), result);
    }

    private ModelAndView companyForm(CompanyForm form, ClientId id) {
        return new ModelAndView("client/form").addObject("form", form).addObject("id", id);
    }

    private ModelAndView page(String template, ClientId id, Object form) {
        return new ModelAndView(template).addObject("client", clients.get(id)).addObject("form", form);
    }

    static ModelAndView invalid(ModelAndView page, BindingResult result) {
        page.addObject(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
