package dk.tillid.client;

import java.net.URI;
import java.util.List;

import dk.tillid.client.ClientForms.AgreementForm;
import dk.tillid.client.ClientForms.CompanyForm;
import dk.tillid.client.ClientForms.ContactForm;
import dk.tillid.client.ClientForms.JobOrderForm;
import dk.tillid.person.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients, their contacts and agreements, and job orders for other programs: the same rules as the pages. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clients and job orders", description = "Client companies, business contacts (P-DATA-11, read under P-PUR-5), agreements and job orders.")
class ClientApi {

    private final Clients clients;
    private final JobOrders jobOrders;

    ClientApi(Clients clients, JobOrders jobOrders) {
        this.clients = clients;
        this.jobOrders = jobOrders;
    }

    record ClientJson(ClientId id, String name, String cvr, String street, String postcode, String city) {

        static ClientJson of(ClientCompany company) {
            CompanyDetails details = company.details();
            return new ClientJson(company.id(), details.name(), details.cvr(), details.street(), details.postcode(),
                    details.city());
        }
    }

    @GetMapping("/api/v1/clients")
    @Operation(summary = "Client companies in name order, optionally whose name contains q, 50 a page")
    List<ClientJson> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        return clients.list(q.length() > 200 ? q.substring(0, 200) : q, page).stream().limit(Clients.PAGE_SIZE)
                .map(ClientJson::of).toList();
    }

    @PostMapping(path = "/api/v1/clients", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a client company (the CVR number is checked and must be unique)")
    ResponseEntity<ClientJson> register(@Valid @RequestBody CompanyForm form) {
        ClientId id = clients.register(form.details());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id.value())).body(ClientJson.of(clients.get(id)));
    }

    @GetMapping("/api/v1/clients/{id}")
    @Operation(summary = "A client company")
    ClientJson get(@PathVariable ClientId id) {
        return ClientJson.of(clients.get(id));
    }

    @PutMapping(path = "/api/v1/clients/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a client company's name, CVR number or address")
    ClientJson revise(@PathVariable ClientId id, @Valid @RequestBody CompanyForm form) {
        clients.revise(id, form.details());
        return get(id);
    }

    @GetMapping("/api/v1/clients/{id}/contacts")
    @Operation(summary = "The company's business contacts (recorded as a read of their data)")
    List<BusinessContact> contacts(@PathVariable ClientId id) {
        return clients.contacts(id, ClientController.WORK);
    }

    @PostMapping(path = "/api/v1/clients/{id}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a business contact at the company")
    ResponseEntity<BusinessContact> addContact(@PathVariable ClientId id, @Valid @RequestBody ContactForm form) {
        PersonId person = clients.addContact(id, form.contact(), ClientController.WORK);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id.value() + "/contacts"))
                .body(clients.contact(person, ClientController.WORK));
    }

    @GetMapping("/api/v1/clients/{id}/agreements")
    @Operation(summary = "The agreements with the company")
    List<Agreement> agreements(@PathVariable ClientId id) {
        clients.get(id);
        return clients.agreements(id);
    }

    @PostMapping(path = "/api/v1/clients/{id}/agreements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an agreement with the company")
    ResponseEntity<List<Agreement>> addAgreement(@PathVariable ClientId id, @Valid @RequestBody AgreementForm form) {
        clients.addAgreement(id, form.agreement());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id.value() + "/agreements")).body(clients.agreements(id));
    }

    @GetMapping("/api/v1/job-orders")
    @Operation(summary = "Open job orders, those starting first first")
    List<JobOrder> open() {
        return jobOrders.open();
    }

    @PostMapping(path = "/api/v1/clients/{id}/job-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a job order for the company")
    ResponseEntity<JobOrder> place(@PathVariable ClientId id, @Valid @RequestBody JobOrderForm form) {
        JobOrderId order = jobOrders.place(id, form.details());
        return ResponseEntity.created(URI.create("/api/v1/job-orders/" + order.value())).body(jobOrders.get(order));
    }

    @GetMapping("/api/v1/job-orders/{id}")
    @Operation(summary = "A job order")
    JobOrder jobOrder(@PathVariable JobOrderId id) {
        return jobOrders.get(id);
    }

    @PutMapping(path = "/api/v1/job-orders/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an open job order")
    JobOrder revise(@PathVariable JobOrderId id, @Valid @RequestBody JobOrderForm form) {
        jobOrders.revise(id, form.details());
        return jobOrders.get(id);
    }

    @PostMapping(path = "/api/v1/job-orders/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close an open job order")
    JobOrder close(@PathVariable JobOrderId id) {
        jobOrders.close(id);
        return jobOrders.get(id);
    }
}
