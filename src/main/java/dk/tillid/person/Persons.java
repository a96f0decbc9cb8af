package dk.tillid.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: register people, look them up, and change them through named steps. */
@Service
@Transactional
public class Persons {

    private final PersonRepository repository;
    private final Clock clock;

    Persons(PersonRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public PersonId register(NewPerson newPerson) {
        Person person = Person.register(PersonId.random(), newPerson, clock.instant(), LocalDate.now(clock));
        repository.insert(person);
        return person.id();
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(PersonId id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Person get(PersonId id) {
        return repository.find(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    /** A page of people in name order; {@code page} counts from 0. */
    @Transactional(readOnly = true)
    public List<Person> list(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("A page is numbered from 0 and holds 1 to 500 people");
        }
        return repository.page(page * size, size);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Moves the last-contact date, which starts the six-month clock of P-RET-1 anew. */
    public void recordContact(PersonId id) {
        change(id, person -> person.recordContact(clock.instant()));
    }

    public void unregister(PersonId id) {
        change(id, person -> person.unregister(clock.instant()));
    }

    public void becomeEmployee(PersonId id) {
        change(id, Person::becomeEmployee);
    }

    public void correctName(PersonId id, PersonName name) {
        change(id, person -> person.correctName(name));
    }

    public void changeContact(PersonId id, ContactDetails contact) {
        change(id, person -> person.changeContact(contact));
    }

    public void moveTo(PersonId id, PostalAddress address) {
        change(id, person -> person.moveTo(address));
    }

    public void correctDateOfBirth(PersonId id, LocalDate dateOfBirth) {
        change(id, person -> person.correctDateOfBirth(dateOfBirth, LocalDate.now(clock)));
    }

    private void change(PersonId id, Consumer<Person> step) {
        Person person = get(id);
        step.accept(person);
        repository.update(person);
    }
}
