package dk.tillid.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: register people, look them up, and change them through named steps. Every
 * call states its purpose; the audit trail holds it to the policy and records it.
 */
@Service
@Transactional
public class Persons {

    /** Name, address, contact data, date of birth. */
    public static final String IDENTITY = "P-DATA-1";
    /** Kind, registration and last contact, unregistering. */
    public static final String RELATIONSHIP = "P-DATA-REL";
    /**
     * Days between telling a person their restriction will be lifted and lifting it at the earliest:
     * a week, so that a mail read late still leaves time to object or to ask us to keep it.
     */
    public static final int LIFT_NOTICE_DAYS = 7;

    private final PersonRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    Persons(PersonRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public PersonId register(NewPerson newPerson, PurposeId purpose) {
        return register(PersonId.random(), newPerson, purpose);
    }

    /** With an id chosen beforehand: one a registration already encrypted the person's data under. */
    public PersonId register(PersonId id, NewPerson newPerson, PurposeId purpose) {
        Person person = Person.register(id, newPerson, clock.instant(), AgencyTime.today(clock));
        repository.insert(person);
        audit.change(person.id().subject(), purpose, AuditAction.CREATE, IDENTITY, RELATIONSHIP);
        return person.id();
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(PersonId id, PurposeId purpose) {
        Optional<Person> person = repository.find(id);
        person.ifPresent(found -> audit.read(id.subject(), purpose, IDENTITY, RELATIONSHIP));
        return person;
    }

    /** Whether the person is still held at all (not erased); says nothing else about them. */
    @Transactional(readOnly = true)
    public boolean exists(PersonId id) {
        return repository.find(id).isPresent();
    }

    /** Who, if anyone, has this e-mail address; finding someone reads their identity and is recorded. */
    @Transactional(readOnly = true)
    public Optional<PersonId> findByEmail(String email, PurposeId purpose) {
        String address = new ContactDetails(email, null).email();
        if (address == null) {
            return Optional.empty();
        }
        Optional<PersonId> found = repository.idByEmail(address);
        found.ifPresent(id -> audit.read(id.subject(), purpose, IDENTITY));
        return found;
    }

    @Transactional(readOnly = true)
    public Person get(PersonId id, PurposeId purpose) {
        return find(id, purpose).orElseThrow(() -> new UnknownPersonException(id));
    }

    /** A page of people in name order; {@code page} counts from 0. */
    @Transactional(readOnly = true)
    public List<Person> list(int page, int size, PurposeId purpose) {
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("A page is numbered from 0 and holds 1 to 500 people");
        }
        List<Person> people = repository.page(page * size, size);
        audit.read(people.stream().map(person -> person.id().subject()).toList(), purpose, IDENTITY, RELATIONSHIP);
        return people;
    }

    /** How many people there are; no one's data is read. */
    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /**
     * Records a contact and moves the last-contact date, which starts the six-month clock of P-RET-1
     * anew. The note is optional and short.
     */
    public void recordContact(PersonId id, ContactEvent.Kind kind, String note, PurposeId purpose) {
        requireUnrestricted(id, purpose);
        ContactEvent event = new ContactEvent(kind, clock.instant(), audit.currentActor().toString(), note);
        change(id, purpose, RELATIONSHIP, person -> person.recordContact(event.occurredAt()));
        repository.insertContact(id, event);
    }

    /** The person's contacts, newest first. */
    @Transactional(readOnly = true)
    public List<ContactEvent> contacts(PersonId id, PurposeId purpose) {
        audit.read(id.subject(), purpose, RELATIONSHIP);
        return repository.contacts(id);
    }

    public void unregister(PersonId id, PurposeId purpose) {
        change(id, purpose, RELATIONSHIP, person -> person.unregister(clock.instant()));
    }

    /**
     * Art. 18: from now on the person's data is only stored; matching, offers and disclosures leave
     * them out, and their record is read-only for the agency's daily work ({@link #requireUnrestricted}),
     * until the restriction is lifted. A second restriction while one stands changes nothing.
     */
    public void restrict(PersonId id, String reason, PurposeId purpose) {
        requireKnown(id);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("A restriction states its reason (up to 500 characters)");
        }
        if (repository.restrict(id, clock.instant(), audit.currentActor().toString(), reason.strip())) {
            audit.change(id.subject(), purpose, AuditAction.UPDATE, RELATIONSHIP);
        }
    }

    /**
     * Art. 18(3): records that the person has been told the restriction will be lifted on {@code liftOn}
     * or later, which must be at least {@value #LIFT_NOTICE_DAYS} days away: time to object or to ask
     * us to keep it. Telling them again moves the day.
     */
    public void announceLift(PersonId id, LocalDate liftOn, PurposeId purpose) {
        requireKnown(id);
        if (!repository.isRestricted(id)) {
            throw new RestrictionStepRefused(RestrictionStepRefused.Reason.NOT_RESTRICTED, "No restriction stands");
        }
        if (liftOn == null || liftOn.isBefore(AgencyTime.today(clock).plusDays(LIFT_NOTICE_DAYS))) {
            throw new RestrictionStepRefused(RestrictionStepRefused.Reason.NOTICE_TOO_SHORT,
                    "A restriction is lifted at the earliest " + LIFT_NOTICE_DAYS + " days after the person is told");
        }
        repository.announceLift(id, clock.instant(), audit.currentActor().toString(), liftOn);
        audit.change(id.subject(), purpose, AuditAction.UPDATE, RELATIONSHIP);
    }

    /** Lifts the standing restriction: only once the person has been told, and not before the day they were told. */
    public void liftRestriction(PersonId id, PurposeId purpose) {
        requireKnown(id);
        Restriction standing = repository.restriction(id).orElseThrow(() ->
                new RestrictionStepRefused(RestrictionStepRefused.Reason.NOT_RESTRICTED, "No restriction stands"));
        if (!standing.liftAnnounced()) {
            throw new RestrictionStepRefused(RestrictionStepRefused.Reason.NOT_ANNOUNCED,
                    "The person must be told before the restriction is lifted");
        }
        if (AgencyTime.today(clock).isBefore(standing.liftOn())) {
            throw new RestrictionStepRefused(RestrictionStepRefused.Reason.TOO_EARLY,
                    "The restriction cannot be lifted before the day the person was told");
        }
        if (repository.liftRestriction(id, clock.instant(), audit.currentActor().toString())) {
            audit.change(id.subject(), purpose, AuditAction.UPDATE, RELATIONSHIP);
        }
    }

    /** Whether the person's processing is restricted (no value of theirs is read). */
    @Transactional(readOnly = true)
    public boolean isRestricted(PersonId id) {
        return repository.isRestricted(id);
    }

    /** The standing restriction, if any: why, since when, and whether its lifting has been announced. */
    @Transactional(readOnly = true)
    public Optional<Restriction> restriction(PersonId id, PurposeId purpose) {
        Optional<Restriction> standing = repository.restriction(id);
        standing.ifPresent(found -> audit.read(id.subject(), purpose, RELATIONSHIP));
        return standing;
    }

    /**
     * Refuses a change to a restricted person's record: it is read-only for every purpose but answering
     * the person's own requests (a correction of data they contest is what the restriction waits for).
     */
    @Transactional(readOnly = true)
    public void requireUnrestricted(PersonId id, PurposeId purpose) {
        if (!PurposeId.DATA_SUBJECT_RIGHTS.equals(purpose) && repository.isRestricted(id)) {
            throw new ProcessingRestrictedException();
        }
    }

    public void becomeEmployee(PersonId id, PurposeId purpose) {
        change(id, purpose, RELATIONSHIP, Person::becomeEmployee);
    }

    public void correctName(PersonId id, PersonName name, PurposeId purpose) {
        requireUnrestricted(id, purpose);
        change(id, purpose, IDENTITY, person -> person.correctName(name));
    }

    public void changeContact(PersonId id, ContactDetails contact, PurposeId purpose) {
        requireUnrestricted(id, purpose);
        change(id, purpose, IDENTITY, person -> person.changeContact(contact));
    }

    /**
     * The person's e-mail address, changed once they proved they receive mail there. Refused
     * (false, nothing changed) when someone else has that address, so that finding a person by their
     * address keeps finding one; concurrent changes to one address wait for each other.
     *
     * @throws IllegalArgumentException if the address is missing or malformed
     */
    public boolean changeEmail(PersonId id, String email, PurposeId purpose) {
        String address = new ContactDetails(email, null).email();
        if (address == null) {
            throw new IllegalArgumentException("An e-mail address is needed");
        }
        repository.lockEmail(address);
        if (repository.emailHeldByAnother(id, address)) {
            return false;
        }
        change(id, purpose, IDENTITY, person -> person.changeContact(new ContactDetails(address, person.contact().phone())));
        return true;
    }

    public void moveTo(PersonId id, PostalAddress address, PurposeId purpose) {
        requireUnrestricted(id, purpose);
        change(id, purpose, IDENTITY, person -> person.moveTo(address));
    }

    public void correctDateOfBirth(PersonId id, LocalDate dateOfBirth, PurposeId purpose) {
        requireUnrestricted(id, purpose);
        change(id, purpose, IDENTITY, person -> person.correctDateOfBirth(dateOfBirth, AgencyTime.today(clock)));
    }

    private void requireKnown(PersonId id) {
        if (repository.find(id).isEmpty()) {
            throw new UnknownPersonException(id);
        }
    }

    private void change(PersonId id, PurposeId purpose, String category, Consumer<Person> step) {
        Person person = repository.find(id).orElseThrow(() -> new UnknownPersonException(id));
        step.accept(person);
        repository.update(person);
        audit.change(id.subject(), purpose, AuditAction.UPDATE, category);
    }
}
