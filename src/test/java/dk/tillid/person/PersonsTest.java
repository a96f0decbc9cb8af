package dk.tillid.person;

import dk.tillid.policy.PurposeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.MutableClock;
import dk.tillid.RepositoryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RepositoryTest
class PersonsTest {

    static final Instant REGISTERED = Instant.parse("2026-03-02T09:15:00Z");

    @Autowired
    Persons persons;

    @Autowired
    PersonRepository repository;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void atRegistrationTime() {
        clock.set(REGISTERED);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aRegisteredCandidateIsStoredAsGiven() {
        PersonId id = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Søren", "Ærøskøbing-Åberg"),
                new ContactDetails("Soren.Aaberg@Example.dk", "+45 20 30 40 50"), LocalDate.of(1990, 5, 17),
                new PostalAddress("Østergade 12, 2. th.", "8000", "Aarhus C", null)), PurposeId.SUITABILITY);

        Person person = persons.get(id, PurposeId.SUITABILITY);
        assertThat(person.kind()).isEqualTo(PersonKind.CANDIDATE);
        assertThat(person.name().fullName()).isEqualTo("Søren Ærøskøbing-Åberg");
        assertThat(person.contact().email()).isEqualTo("soren.aaberg@example.dk");
        assertThat(person.dateOfBirth()).contains(LocalDate.of(1990, 5, 17));
        assertThat(person.address()).hasValueSatisfying(address -> {
            assertThat(address.city()).isEqualTo("Aarhus C");
            assertThat(address.country()).isEqualTo("Danmark");
        });
        assertThat(person.registeredAt()).isEqualTo(REGISTERED);
        assertThat(person.lastContactAt()).as("registration is a contact").isEqualTo(REGISTERED);
        assertThat(person.isUnregistered()).isFalse();
    }

    @Test
    void aContactMovesTheLastContactDateForwardButNeverBack() {
        PersonId id = registerCandidate();

        clock.advance(Duration.ofDays(40));
        persons.recordContact(id, ContactEvent.Kind.CALL, null, PurposeId.SUITABILITY);
        assertThat(persons.get(id, PurposeId.SUITABILITY).lastContactAt()).isEqualTo(REGISTERED.plus(Duration.ofDays(40)));

        clock.set(REGISTERED.plus(Duration.ofDays(5)));
        persons.recordContact(id, ContactEvent.Kind.CALL, null, PurposeId.SUITABILITY);
        assertThat(persons.get(id, PurposeId.SUITABILITY).lastContactAt()).isEqualTo(REGISTERED.plus(Duration.ofDays(40)));
    }

    @Test
    void unregisteringIsRecordedOnceAndKeepsItsFirstTime() {
        PersonId id = registerCandidate();
        clock.advance(Duration.ofHours(1));
        persons.unregister(id, PurposeId.SUITABILITY);
        clock.advance(Duration.ofHours(1));
        persons.unregister(id, PurposeId.SUITABILITY);

        assertThat(persons.get(id, PurposeId.SUITABILITY).unregisteredAt()).contains(REGISTERED.plus(Duration.ofHours(1)));
    }

    @Test
    void aCandidateBecomesAnEmployeeButABusinessContactCannot() {
        PersonId candidate = registerCandidate();
        persons.becomeEmployee(candidate, PurposeId.EMPLOYMENT);
        assertThat(persons.get(candidate, PurposeId.EMPLOYMENT).kind()).isEqualTo(PersonKind.EMPLOYEE);

        PersonId contact = persons.register(new NewPerson(PersonKind.BUSINESS_CONTACT, new PersonName("Mette", "Bækgaard"),
                new ContactDetails("mette@kunde.dk", null), null, null), PurposeId.ASSIGNMENT);
        assertThatThrownBy(() -> persons.becomeEmployee(contact, PurposeId.EMPLOYMENT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noDateOfBirthIsKeptForBusinessContacts() {
        assertThatThrownBy(() -> new NewPerson(PersonKind.BUSINESS_CONTACT, new PersonName("Mette", "Bækgaard"), null,
                LocalDate.of(1980, 1, 1), null))
                .hasMessageContaining("no date of birth for business contacts");
    }

    @Test
    void impossibleDatesOfBirthAreRefused() {
        PersonId id = registerCandidate();

        assertThatThrownBy(() -> persons.correctDateOfBirth(id, LocalDate.of(2026, 3, 3), PurposeId.SUITABILITY))
                .hasMessage("The date of birth lies in the future");
        assertThatThrownBy(() -> persons.correctDateOfBirth(id, LocalDate.of(1900, 1, 1), PurposeId.SUITABILITY))
                .hasMessage("The date of birth lies more than 120 years back");
    }

    @Test
    void malformedContactDataIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> new ContactDetails("not-an-address", null)).hasMessage("The e-mail address is not valid");
        assertThatThrownBy(() -> new ContactDetails(null, "call me maybe"))
                .hasMessageStartingWith("The phone number may hold digits");
        assertThatThrownBy(() -> new PersonName(" ", "Hansen")).hasMessage("The given name is missing");
        assertThatThrownBy(() -> new PersonName("Å".repeat(101), "Hansen")).hasMessageContaining("longer than 100");
    }

    @Test
    void corrections() {
        PersonId id = registerCandidate();

        persons.correctName(id, new PersonName("Bjørn", "Højgaard"), PurposeId.SUITABILITY);
        persons.changeContact(id, new ContactDetails("bjorn@example.dk", "+45 11 22 33 44"), PurposeId.SUITABILITY);
        persons.moveTo(id, new PostalAddress("Nørregade 3", "9400", "Nørresundby", "Danmark"), PurposeId.SUITABILITY);

        Person person = persons.get(id, PurposeId.SUITABILITY);
        assertThat(person.name().fullName()).isEqualTo("Bjørn Højgaard");
        assertThat(person.contact().phone()).isEqualTo("+45 11 22 33 44");
        assertThat(person.address()).hasValueSatisfying(address -> assertThat(address.postcode()).isEqualTo("9400"));
    }

    @Test
    void aStaleCopyCannotOverwriteANewerChange() {
        PersonId id = registerCandidate();
        Person first = repository.find(id).orElseThrow();
        Person second = repository.find(id).orElseThrow();

        first.correctName(new PersonName("Anders", "And"));
        repository.update(first);
        second.correctName(new PersonName("Andersine", "And"));

        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(persons.get(id, PurposeId.SUITABILITY).name().givenName()).isEqualTo("Anders");
    }

    @Test
    void listsInNameOrderPageByPage() {
        // The names sort first: the first page of 500 must hold them however many people other tests made.
        long before = persons.count();
        for (String family : new String[] {"Nielsen", "Andersen", "Jensen"}) {
            persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Test", "Abcde" + family), null, null, null), PurposeId.SUITABILITY);
        }

        assertThat(persons.count()).isEqualTo(before + 3);
        assertThat(persons.list(0, 500, PurposeId.SUITABILITY)).extracting(person -> person.name().familyName())
                .containsSubsequence("AbcdeAndersen", "AbcdeJensen", "AbcdeNielsen");
        assertThat(persons.list((int) persons.count(), 1, PurposeId.SUITABILITY)).as("the page after the last").isEmpty();
        assertThatThrownBy(() -> persons.list(0, 501, PurposeId.SUITABILITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownIdIsReportedAsSuch() {
        PersonId unknown = PersonId.random();

        assertThat(persons.find(unknown, PurposeId.SUITABILITY)).isEmpty();
        assertThatThrownBy(() -> persons.get(unknown, PurposeId.SUITABILITY)).isInstanceOf(UnknownPersonException.class);
    }

    @Test
    void aPersonPrintsNoPersonalData() {
        PersonId id = registerCandidate();

        Person person = persons.get(id, PurposeId.SUITABILITY);
        assertThat(person.toString()).doesNotContain("Kirsten", "Mølgaard").contains(id.toString());
        assertThat(List.of(person.name(), person.contact(), new PostalAddress("Kildevænget 4", "5000", "Odense C", null),
                new NewPerson(PersonKind.CANDIDATE, person.name(), person.contact(), null, null)))
                .extracting(Object::toString)
                .allSatisfy(text -> assertThat(text).doesNotContain("Kirsten", "Mølgaard", "kirsten@", "Kildevænget", "Odense"));
    }

    private PersonId registerCandidate() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Kirsten", "Mølgaard"),
                new ContactDetails("kirsten@example.dk", null), LocalDate.of(1985, 2, 28), null), PurposeId.SUITABILITY);
    }
}
