package dk.tillid.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.CompanyDetails;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderDetails;
import dk.tillid.client.JobOrders;
import dk.tillid.client.NewContact;
import dk.tillid.client.RequiredLanguage;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;

/**
 * Real clients, contacts and job orders (through the client module) and real candidates for the
 * placement tests; every skill unique to its test.
 */
class PlacementFixtures {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    private final Clients clients;
    private final JobOrders jobOrders;
    private final Candidates candidates;

    PlacementFixtures(Clients clients, JobOrders jobOrders, Candidates candidates) {
        this.clients = clients;
        this.jobOrders = jobOrders;
        this.candidates = candidates;
    }

    static String unique(String stem) {
        return stem + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An open temporary job order in Aalborg for the skill and Danish at B2, at a new client with one contact, Karin Kunde. */
    JobOrder jobOrder(String skill, int positions) {
        String clientName = "Limfjord Logistik " + unique("") + " ApS";
        ClientId client = clients.register(new CompanyDetails(clientName, ClientFixtures.cvr(), "Havnegade 1", "9000", "Aalborg"));
        clients.addContact(client, new NewContact(new PersonName("Karin", "Kunde"),
                new ContactDetails(unique("karin.") + "@limfjord-logistik.dk", null), "Produktionschef"), PurposeId.ASSIGNMENT);
        return jobOrders.get(jobOrders.place(client, new JobOrderDetails("Lagermedarbejder", null, List.of(skill),
                List.of(new RequiredLanguage("da", "B2")), "Aalborg", "9000", START, 12, JobOrder.Kind.TEMPORARY, positions)));
    }

    /** The job order's id as placement knows it. */
    static UUID id(JobOrder order) {
        return order.id().value();
    }

    PersonId contactOf(JobOrder order) {
        return clients.contacts(order.client(), PurposeId.ASSIGNMENT).get(0).person();
    }

    String emailOf(PersonId contact) {
        return clients.contact(contact, PurposeId.ASSIGNMENT).email();
    }

    JobOrder.Status statusOf(JobOrder order) {
        return jobOrders.get(order.id()).status();
    }

    /** A confirmed candidate with the skill, in Aalborg. */
    PersonId candidate(String skill) {
        PersonId id = unconfirmed(skill);
        candidates.confirmEmail(id, PurposeId.SUITABILITY);
        return id;
    }

    PersonId unconfirmed(String skill) {
        return candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Søren", "Bækgaard"),
                new ContactDetails(unique("soeren.") + "@example.dk", "+45 20 30 40 50"), LocalDate.of(1988, 3, 14),
                new PostalAddress("Vestergade 3", "9000", "Aalborg", null)),
                new Profile("Lagermedarbejder med truckcertifikat", null, List.of(skill, "truck"), Profile.WorkType.EITHER,
                        null, null)), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
    }
}
