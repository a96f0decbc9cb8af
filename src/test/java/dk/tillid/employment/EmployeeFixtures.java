package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Generated employees for the module's tests, and a way to act in a role. */

class EmployeeFixtures {

    final Persons persons;
    final Employments employments;
    final JdbcClient jdbc;

    EmployeeFixtures(Persons persons, Employments employments, JdbcClient jdbc) {
        this.persons = persons;
        this.employments = employments;
        this.jdbc = jdbc;
    }

    record Hired(PersonId person, EmploymentId employment) {
    }

    PersonId candidate(String givenName) {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName(givenName, "Østergaard"),
                new ContactDetails(UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }

    Hired hired(String givenName, String title, LocalDate start) {
        PersonId person = candidate(givenName);
        EmploymentId employment = employments.hire(person, new Hire(Hire.Kind.TEMPORARY, title, "Kunde A/S", start,
                new BigDecimal("185.50")), PurposeId.EMPLOYMENT);
        return new Hired(person, employment);
    }

    /** Runs the work signed in with these roles, then restores whoever was signed in before. */
    static <T> T as(Supplier<T> work, String... roles) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        String[] authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new);
        TestingAuthenticationToken token = new TestingAuthenticationToken("staff-" + String.join("-", roles).toLowerCase(), "x", authorities);
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void as(Runnable work, String... roles) {
        as(() -> {
            work.run();
            return null;
        }, roles);
    }

    UUID payrollProvider(String... categories) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO processor (id, name, service, agreement_reference, categories, country, active, updated_at)
                        VALUES (:id, :name, 'Lønservice', 'DBA-2026-7', string_to_array(:categories, ','), 'DK', true, now())""")
                .param("id", id).param("name", "Lønbureau " + id.toString().substring(0, 8))
                .param("categories", String.join(",", categories)).update();
        return id;
    }

    byte[] rawBytes(String table, String column, PersonId person) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE person_id = :person LIMIT 1")
                .param("person", person.value()).query(byte[].class).optional().orElse(null);
    }

    long count(String table, PersonId person) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = :person").param("person", person.value())
                .query(Long.class).single();
    }
}
