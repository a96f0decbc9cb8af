package dk.tillid.client;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dk.tillid.person.NewPerson;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.platform.Fields;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client companies, their business contacts (people, P-DATA-11) and the agreements with them. A
 * contact's name and e-mail are kept by the person module; the tie to the company and the position
 * here. Reading or changing a contact is recorded with the caller's purpose.
 */
@Service
@Transactional
public class Clients {

    public static final String CONTACT_DATA = "P-DATA-11";
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 10_000;

    private final ClientRepository repository;
    private final Persons persons;
    private final AuditTrail audit;
    private final ClientMailChannel.Factory mail;
    private final Clock clock;

    Clients(ClientRepository repository, Persons persons, AuditTrail audit, ClientMailChannel.Factory mail, Clock clock) {
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    public ClientId register(CompanyDetails details) {
        if (repository.cvrTaken(details.cvr(), null)) {
            throw new DuplicateCvrException();
        }
        ClientId id = ClientId.random();
        repository.insert(id, details, clock.instant());
        return id;
    }

    void revise(ClientId id, CompanyDetails details) {
        if (repository.cvrTaken(details.cvr(), id)) {
            throw new DuplicateCvrException();
        }
        if (!repository.update(id, details)) {
            throw new UnknownClientException("client");
        }
    }

    @Transactional(readOnly = true)
    public Optional<ClientCompany> find(ClientId id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public ClientCompany get(ClientId id) {
        return repository.find(id).orElseThrow(() -> new UnknownClientException("client"));
    }

    @Transactional(readOnly = true)
    public String name(ClientId id) {
        return get(id).name();
    }

    @Transactional(readOnly = true)
    List<ClientCompany> list(String nameContains, int page) {
        return repository.list(nameContains, Math.min(Math.max(page, 0), MAX_PAGE) * PAGE_SIZE, PAGE_SIZE + 1);
    }

    public PersonId addContact(ClientId client, NewContact contact, PurposeId purpose) {
        get(client);
        PersonId person = persons.register(new NewPerson(PersonKind.BUSINESS_CONTACT, contact.name(), contact.contact(),
                null, null), purpose);
        repository.insertContact(person, client, contact.position());
        audit.change(person.subject(), purpose, AuditAction.CREATE, CONTACT_DATA);
        return person;
    }

    /** The company's contacts, active ones first; recorded as a read of each one's data. */
    @Transactional(readOnly = true)
    public List<BusinessContact> contacts(ClientId client, PurposeId purpose) {
        get(client);
        return repository.contacts(client).stream().map(row -> contact(row, purpose)).toList();
    }

    /**
     * The active contacts at the companies of exactly this name: the disclosure ledger names a company
     * by its name, and a correction passed on (GDPR art. 19) goes to someone there now.
     */
    @Transactional(readOnly = true)
    public List<BusinessContact> activeContactsAt(String companyName, PurposeId purpose) {
        return repository.named(companyName).stream()
                .flatMap(client -> repository.contacts(client).stream().filter(ClientRepository.ContactRow::active))
                .map(row -> contact(row, purpose)).toList();
    }

    @Transactional(readOnly = true)
    public BusinessContact contact(PersonId person, PurposeId purpose) {
        return contact(repository.contact(person).orElseThrow(() -> new UnknownClientException("contact")), purpose);
    }

    void changePosition(PersonId person, String position, PurposeId purpose) {
        if (!repository.updatePosition(person, Fields.optional(position, "position", 100))) {
            throw new UnknownClientException("contact");
        }
        audit.change(person.subject(), purpose, AuditAction.UPDATE, CONTACT_DATA);
    }

    /** The person no longer is the agency's contact at the company (P-RET-5 counts from here). */
    public void endContact(PersonId person, PurposeId purpose) {
        if (!repository.setContactActive(person, false)) {
            throw new UnknownClientException("contact");
        }
        audit.change(person.subject(), purpose, AuditAction.UPDATE, CONTACT_DATA);
    }

    public void addAgreement(ClientId client, Agreement agreement) {
        get(client);
        repository.insertAgreement(client, agreement, clock.instant());
    }

    @Transactional(readOnly = true)
    List<Agreement> agreements(ClientId client) {
        return repository.agreements(client);
    }

    /**
     * A way to send data to one of a client's active contacts, by e-mail through the outbox. Only
     * {@link dk.tillid.privacy.disclosure.Disclosures} may deliver through it, so every use is recorded.
     */
    public DisclosureChannel mailTo(PersonId contact, PurposeId purpose) {
        BusinessContact to = contact(contact, purpose);
        if (!to.active()) {
            throw new IllegalStateException("This person is no longer a contact at the client");
        }
        return mail.to(to);
    }

    private BusinessContact contact(ClientRepository.ContactRow row, PurposeId purpose) {
        Person person = persons.get(row.person(), purpose);
        audit.read(row.person().subject(), purpose, CONTACT_DATA);
        return new BusinessContact(row.person(), row.client(), person.name().fullName(), person.contact().email(),
                person.contact().phone(), row.position(), row.active());
    }

    /** Another client already has this CVR number. */
    static class DuplicateCvrException extends IllegalArgumentException {

        DuplicateCvrException() {
            super("Another client already has this CVR number");
        }
    }
}
