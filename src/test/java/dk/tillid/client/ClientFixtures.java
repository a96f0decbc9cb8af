package dk.tillid.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonName;
import dk.tillid.policy.PurposeId;

/** Generated clients, contacts and job orders for tests; no value belongs to a real company or person. */
public final class ClientFixtures {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

    private ClientFixtures() {
    }

    /** A random CVR number that passes the register's check. */
    public static String cvr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[7];
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                digits[i] = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                sum += digits[i] * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                StringBuilder cvr = new StringBuilder();
                for (int digit : digits) {
                    cvr.append(digit);
                }
                return cvr.append(check).toString();
            }
        }
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
