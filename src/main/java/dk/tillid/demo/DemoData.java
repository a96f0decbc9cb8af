package dk.tillid.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.CompanyDetails;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderDetails;
import dk.tillid.client.JobOrders;
import dk.tillid.client.NewContact;
import dk.tillid.client.RequiredLanguage;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --demo[=N]}: fills an empty database with N generated people (250 by default) to try
 * Tillid with: candidates with profiles and languages (most with a confirmed e-mail, so matching
 * finds them), employees hired by client companies, and business contacts at those companies with
 * open job orders. Refuses to touch a database that already holds people.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String OPTION = "demo";
    static final int DEFAULT_COUNT = 250;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> SKILLS = List.of("truck", "lager", "pluk", "pakning", "rengøring", "kundeservice",
            "regnskab", "svejsning", "montage", "kørekort c", "excel", "salg", "køkken", "sosu", "chauffør");
    private static final List<String> TITLES = List.of("Lagermedarbejder", "Truckfører", "Rengøringsassistent",
            "Kundeservicemedarbejder", "Bogholder", "Svejser", "Montør", "Chauffør", "Kokkeelev", "Social- og sundhedshjælper");

    private final Persons persons;
    private final Candidates candidates;
    private final Clients clients;
    private final JobOrders jobOrders;
    private final Employments employments;
    private final Clock clock;

    DemoData(Persons persons, Candidates candidates, Clients clients, JobOrders jobOrders, Employments employments,
             Clock clock) {
        this.persons = persons;
        this.candidates = candidates;
        this.clients = clients;
        this.jobOrders = jobOrders;
        this.employments = employments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int count = count(args);
        if (persons.count() > 0) {
            log.warn("--demo: the database already holds people; no demo data was added");
            return;
        }
        DanishPeople people = new DanishPeople(20261129L);
        Random random = new Random(20261129L);
        List<ClientId> companies = companies(people, random, Math.max(1, count / 25));
        int candidateCount = 0;
        int employees = 0;
        int contacts = 0;
        for (int i = 0; i < count; i++) {
            int roll = i % 10;
            if (roll < 9) {
                PersonId id = candidate(people.next(PersonKind.CANDIDATE), random);
                if (roll >= 7) {
                    ClientId employer = companies.get(random.nextInt(companies.size()));
                    employments.hire(id, new Hire(Hire.Kind.TEMPORARY, pick(random, TITLES), clients.name(employer),
                            AgencyTime.today(clock).minusDays(random.nextInt(300)), BigDecimal.valueOf(160 + random.nextInt(80))),
                            PurposeId.EMPLOYMENT);
                    employees++;
                } else {
                    candidateCount++;
                }
            } else {
                NewPerson contact = people.next(PersonKind.BUSINESS_CONTACT);
                clients.addContact(companies.get(contacts % companies.size()),
                        new NewContact(contact.name(), contact.contact(), "HR-ansvarlig"), PurposeId.ASSIGNMENT);
                contacts++;
            }
        }
        log.info("--demo: generated {} candidates, {} employees, {} business contacts and {} client companies",
                candidateCount, employees, contacts, companies.size());
    }

    private List<ClientId> companies(DanishPeople people, Random random, int count) {
        List<ClientId> companies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ClientId client = clients.register(new CompanyDetails(people.companyName(), people.cvr(), null, null, null));
            companies.add(client);
            for (int order = 0; order < 2; order++) {
                boolean temporary = random.nextBoolean();
                jobOrders.place(client, new JobOrderDetails(pick(random, TITLES), null,
                        List.of(pick(random, SKILLS), pick(random, SKILLS)),
                        List.of(new RequiredLanguage("da", random.nextBoolean() ? "B2" : "C1")), null, null,
                        AgencyTime.today(clock).plusDays(7 + random.nextInt(60)), temporary ? 2 + random.nextInt(20) : null,
                        temporary ? JobOrder.Kind.TEMPORARY : JobOrder.Kind.PERMANENT, 1 + random.nextInt(3)));
            }
        }
        return companies;
    }

    private PersonId candidate(NewPerson person, Random random) {
        List<String> skills = List.of(pick(random, SKILLS), pick(random, SKILLS), pick(random, SKILLS));
        Profile profile = new Profile(pick(random, TITLES), null, skills,
                Profile.WorkType.values()[random.nextInt(Profile.WorkType.values().length)],
                person.address() == null ? null : person.address().city(), AgencyTime.today(clock).plusDays(random.nextInt(30)));
        PersonId id = candidates.register(new NewCandidate(person, profile), Candidate.RegisteredVia.STAFF,
                PurposeId.SUITABILITY);
        candidates.setLanguage(id, new LanguageSkill("da", LanguageSkill.Level.NATIVE), PurposeId.SUITABILITY);
        if (random.nextBoolean()) {
            candidates.setLanguage(id, new LanguageSkill("en", LanguageSkill.Level.values()[2 + random.nextInt(4)]),
                    PurposeId.SUITABILITY);
        }
        if (random.nextInt(10) < 8) {
            candidates.confirmEmail(id, PurposeId.SUITABILITY);
        }
        return id;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int count(ApplicationArguments args) {
        var values = args.getOptionValues(OPTION);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            int count = Integer.parseInt(values.get(0).trim());
            if (count < 1 || count > 1_000_000) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--demo takes a number of people from 1 to 1000000, e.g. --demo=500");
        }
    }
}
