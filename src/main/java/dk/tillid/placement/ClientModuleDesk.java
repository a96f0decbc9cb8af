package dk.tillid.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.MatchCriteria;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrders;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import org.springframework.stereotype.Component;

/**
 * Placement's view of the client module. A business contact is read to administer the contract
 * with their company (P-PUR-5), whatever the step of placing that needs them.
 */
@Component
class ClientModuleDesk implements JobOrderDesk {

    private static final PurposeId CONTACTS = PurposeId.ASSIGNMENT;

    private final JobOrders jobOrders;
    private final Clients clients;

    ClientModuleDesk(JobOrders jobOrders, Clients clients) {
        this.jobOrders = jobOrders;
        this.clients = clients;
    }

    @Override
    public Optional<Order> find(UUID jobOrder) {
        return jobOrders.find(new JobOrderId(jobOrder)).map(ClientModuleDesk::order);
    }

    @Override
    public void fill(UUID jobOrder) {
        jobOrders.fill(new JobOrderId(jobOrder));
    }

    @Override
    public List<Contact> contacts(UUID client, PurposeId purpose) {
        return clients.contacts(new ClientId(client), CONTACTS).stream().filter(contact -> contact.active())
                .map(contact -> new Contact(contact.person(), contact.name(), contact.position())).toList();
    }

    @Override
    public DisclosureChannel mailTo(PersonId contact) {
        return clients.mailTo(contact, CONTACTS);
    }

    private static Order order(JobOrder order) {
        List<MatchCriteria.LanguageRequirement> languages = order.languages().stream()
                .map(language -> new MatchCriteria.LanguageRequirement(language.language(),
                        LanguageSkill.Level.valueOf(language.level())))
                .toList();
        return new Order(order.id().value(), order.client().value(), order.clientName(), order.title(), order.skills(),
                languages, order.city(), order.postcode(), order.start(), order.durationWeeks(),
                order.kind() == JobOrder.Kind.TEMPORARY, order.isOpen(), order.positions());
    }
}
