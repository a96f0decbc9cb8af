package dk.tillid.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonName;
import dk.tillid.policy.PurposeId;

/** Generated clients, contacts and job orders for tests; no value belongs to a real company or person. */
public final class ClientFixtures {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());

    private ClientFixtures() {
    }

    /** A random CVR number that passes the register's check. */
    public static String cvr() {
        return PEOPLE.cvr();
    }

    public static ClientId client(Clients clients, String name) {
        return clients.register(new CompanyDetails(name, cvr(), "Havnegade 1", "8000", "Aarhus"));
    }

    public static PersonId contact(Clients clients, ClientId client) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return clients.addContact(client, new NewContact(new PersonName("Kontakt", "Person"),
                new ContactDetails("contact-" + tag + "@client.example", null), "HR"), PurposeId.ASSIGNMENT);
    }

    public static JobOrderId temporaryOrder(JobOrders orders, ClientId client, List<String> skills,
                                            List<RequiredLanguage> languages, LocalDate start) {
        return orders.place(client, new JobOrderDetails("Lagermedarbejder", "Pluk og pak", skills, languages, "Aarhus",
                "8000", start, 4, JobOrder.Kind.TEMPORARY, 1));
    }
}
