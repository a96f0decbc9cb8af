package dk.tillid.demo;

import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --demo[=N]}: fills an empty database with N generated people (250 by default) to try
 * Tillid with. Refuses to touch a database that already holds people.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String OPTION = "demo";
    static final int DEFAULT_COUNT = 250;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Persons persons;

    DemoData(Persons persons) {
        this.persons = persons;
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
        int candidates = 0;
        int employees = 0;
        int contacts = 0;
        for (int i = 0; i < count; i++) {
            int roll = i % 10;
            if (roll < 7) {
                persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
                candidates++;
            } else if (roll < 9) {
                PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
                persons.becomeEmployee(id, PurposeId.EMPLOYMENT);
                employees++;
            } else {
                persons.register(people.next(PersonKind.BUSINESS_CONTACT), PurposeId.ASSIGNMENT);
                contacts++;
            }
        }
        log.info("--demo: generated {} candidates, {} employees and {} business contacts", candidates, employees, contacts);
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
