package dk.tillid.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.MatchCriteria;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;

/** Generated job orders, contacts and candidates for the placement tests; every skill unique to its test. */
class PlacementFixtures {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    private final PlacementTestDoubles.FakeDesk desk;
    private final Candidates candidates;
    private final Persons persons;

    PlacementFixtures(PlacementTestDoubles.FakeDesk desk, Candidates candidates, Persons persons) {
        this.desk = desk;
        this.candidates = candidates;
        this.persons = persons;
    }

    static String unique(String stem) {
        return stem + UUID.randomUUID().toString().substring(0, 8);
    }

    JobOrderDesk.Order jobOrder(String skill, int positions) {
        UUID client = UUID.randomUUID();
        String clientName = "Limfjord Logistik " + unique("") + " ApS";
        JobOrderDesk.Order order = desk.add(new JobOrderDesk.Order(UUID.randomUUID(), client, clientName, "Lagermedarbejder",
                List.of(skill), List.of(new MatchCriteria.LanguageRequirement("da", dk.tillid.candidate.LanguageSkill.Level.B2)),
                "Aalborg", "9000", START, 12, true, true, positions));
        String email = unique("karin.") + "@limfjord-logistik.dk";
        PersonId contact = persons.register(new NewPerson(PersonKind.BUSINESS_CONTACT, new PersonName("Karin", "Kunde"),
                new ContactDetails(email, null), null, null), PurposeId.ASSIGNMENT);
        desk.addContact(client, contact, "Karin Kunde", email);
        return order;
    }

    PersonId contactOf(JobOrderDesk.Order order) {
        return desk.contacts(order.client(), PurposeId.ASSIGNMENT).get(0).person();
    }

    String emailOf(PersonId contact) {
        return desk.emails.get(contact);
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
