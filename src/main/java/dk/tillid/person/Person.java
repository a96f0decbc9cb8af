package dk.tillid.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A data subject. State changes go through named methods that keep the rules; only this module
 * may call them, through {@link Persons}.
 */
public final class Person {

    static final Period OLDEST_AGE = Period.ofYears(120);

    private final PersonId id;
    private final Instant registeredAt;
    private final int version;
    private PersonKind kind;
    private PersonName name;
    private ContactDetails contact;
    private LocalDate dateOfBirth;
    private PostalAddress address;
    private Instant lastContactAt;
    private Instant unregisteredAt;

    Person(PersonId id, PersonKind kind, PersonName name, ContactDetails contact, LocalDate dateOfBirth,
           PostalAddress address, Instant registeredAt, Instant lastContactAt, Instant unregisteredAt, int version) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.contact = Objects.requireNonNull(contact);
        this.dateOfBirth = dateOfBirth;
        this.address = address;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.lastContactAt = Objects.requireNonNull(lastContactAt);
        this.unregisteredAt = unregisteredAt;
        this.version = version;
    }

    /** Registration is itself a contact: the retention clock starts now. */
    static Person register(PersonId id, NewPerson person, Instant now, LocalDate today) {
        checkDateOfBirth(person.dateOfBirth(), today);
        return new Person(id, person.kind(), person.name(), person.contact(), person.dateOfBirth(),
                person.address(), now, now, null, 0);
    }

    void recordContact(Instant at) {
        if (at.isAfter(lastContactAt)) {
            lastContactAt = at;
        }
    }

    /** P-OPT-1: from now on no contact and no job offers. Unregistering twice changes nothing. */
    void unregister(Instant at) {
        if (unregisteredAt == null) {
            unregisteredAt = at;
        }
    }

    /** At the first employment a candidate becomes an employee (S-EMP), and stays one. */
    void becomeEmployee() {
        if (kind == PersonKind.BUSINESS_CONTACT) {
            throw new IllegalStateException("A business contact cannot be employed as such; register them as a candidate");
        }
        kind = PersonKind.EMPLOYEE;
    }

    void correctName(PersonName name) {
        this.name = Objects.requireNonNull(name);
    }

    void changeContact(ContactDetails contact) {
        this.contact = Objects.requireNonNull(contact);
    }

    void moveTo(PostalAddress address) {
        this.address = address;
    }

    void correctDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (kind == PersonKind.BUSINESS_CONTACT && dateOfBirth != null) {
            throw new IllegalArgumentException("The policy collects no date of birth for business contacts");
        }
        checkDateOfBirth(dateOfBirth, today);
        this.dateOfBirth = dateOfBirth;
    }

    private static void checkDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return;
        }
        if (dateOfBirth.isAfter(today)) {
            throw new IllegalArgumentException("The date of birth lies in the future");
        }
        if (dateOfBirth.isBefore(today.minus(OLDEST_AGE))) {
            throw new IllegalArgumentException("The date of birth lies more than 120 years back");
        }
    }

    public PersonId id() {
        return id;
    }

    public PersonKind kind() {
        return kind;
    }

    public PersonName name() {
        return name;
    }

    public ContactDetails contact() {
        return contact;
    }

    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    public Optional<PostalAddress> address() {
        return Optional.ofNullable(address);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastContactAt() {
        return lastContactAt;
    }

    public boolean isUnregistered() {
        return unregisteredAt != null;
    }

    public Optional<Instant> unregisteredAt() {
        return Optional.ofNullable(unregisteredAt);
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        // Never the name or contact data: this may end up in a log.
        return "Person[" + id + ", " + kind + "]";
    }
}
