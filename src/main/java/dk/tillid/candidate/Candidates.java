package dk.tillid.candidate;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dk.tillid.document.Documents;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.person.UnknownPersonException;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate module's API. Every call states its purpose; a read returns only the sections
 * whose categories the policy gives that purpose, and everything is recorded in the audit trail.
 */
@Service
@Transactional
public class Candidates {

    /** The CV data the candidate record always carries. */
    public static final String CV = "P-DATA-2";
    public static final String UNEMPLOYMENT = "P-DATA-4";
    /** Every category of candidate data, in the order a page shows them. */
    static final List<String> CATEGORIES = List.of(CV, "P-DATA-3", UNEMPLOYMENT, "P-DATA-5", "P-DATA-6");
    static final int MAX_PAGE = 200;

    private final CandidateRepository repository;
    private final Persons persons;
    private final AuditTrail audit;
    private final Policy policy;
    private final Clock clock;
    private final Documents documents;

    Candidates(CandidateRepository repository, Persons persons, AuditTrail audit, Policy policy, Clock clock,
               Documents documents) {
        this.documents = documents;
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public PersonId register(NewCandidate candidate, Candidate.RegisteredVia via, PurposeId purpose) {
        return register(PersonId.random(), candidate, via, purpose);
    }

    /** With an id chosen beforehand (see {@link Persons#register(PersonId, dk.tillid.person.NewPerson, PurposeId)}). */
    public PersonId register(PersonId chosen, NewCandidate candidate, Candidate.RegisteredVia via, PurposeId purpose) {
        PersonId id = persons.register(chosen, candidate.person(), purpose);
        repository.insert(Candidate.fresh(id, candidate.profile(), via));
        audit.change(id.subject(), purpose, AuditAction.CREATE, CV);
        persons.recordContact(id, ContactEvent.Kind.REGISTRATION, null, purpose);
        return id;
    }

    /**
     * The candidate as {@code purpose} may see them: the categories of candidate data the policy
     * gives that purpose. Refused (and recorded) if it gives none.
     */
    @Transactional(readOnly = true)
    public Optional<CandidateView> find(PersonId id, PurposeId purpose) {
        Optional<Candidate> candidate = repository.find(id);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Person person = persons.get(id, purpose);
        Set<String> visible = new LinkedHashSet<>();
        for (String category : CATEGORIES) {
            if (policy.allows(purpose, category)) {
                visible.add(category);
            }
        }
        // With nothing allowed, recording the read of the CV refuses it, and records the refusal.
        audit.read(id.subject(), purpose, visible.isEmpty() ? new String[] {CV} : visible.toArray(String[]::new));
        return Optional.of(new CandidateView(person, candidate.get(), visible));
    }

    public CandidateView get(PersonId id, PurposeId purpose) {
        return find(id, purpose).orElseThrow(() -> new UnknownPersonException(id));
    }

    /** A page of candidates in name order, after {@code after} (null for the first page). */
    @Transactional(readOnly = true)
    public CandidatePage search(CandidateFilter filter, PersonId after, int size, PurposeId purpose) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " candidates");
        }
        List<PersonId> among = filter.words() == null ? null : documents.peopleWhoseDocumentsSay(filter.words());
        List<CandidateSummary> found = among != null && among.isEmpty() ? List.of() : repository.search(filter, among, after, size);
        List<CandidateSummary> page = found.size() > size ? found.subList(0, size) : found;
        audit.read(page.stream().map(summary -> summary.id().subject()).toList(), purpose, "P-DATA-1", CV, "P-DATA-REL");
        return new CandidatePage(page, found.size() > size ? page.get(page.size() - 1).id() : null);
    }

    /**
     * Applies an edit of identity, contact data and profile; only what differs is changed (and
     * recorded), so the history shows what the edit touched.
     */
    public void update(PersonId id, NewCandidate edited, PurposeId purpose) {
        persons.requireUnrestricted(id, purpose);
        Person before = persons.get(id, purpose);
        NewPerson after = edited.person();
        if (!before.name().equals(after.name())) {
            persons.correctName(id, after.name(), purpose);
        }
        if (!before.contact().equals(after.contact())) {
            persons.changeContact(id, after.contact(), purpose);
        }
        if (!before.address().equals(Optional.ofNullable(after.address()))) {
            persons.moveTo(id, after.address(), purpose);
        }
        if (!before.dateOfBirth().equals(Optional.ofNullable(after.dateOfBirth()))) {
            persons.correctDateOfBirth(id, after.dateOfBirth(), purpose);
        }
        Candidate candidate = repository.find(id).orElseThrow(() -> new UnknownPersonException(id));
        if (!candidate.profile().equals(edited.profile())) {
            updateProfile(id, edited.profile(), purpose);
        }
    }

    public void updateProfile(PersonId id, Profile profile, PurposeId purpose) {
        change(id, purpose, CV, candidate -> candidate.updateProfile(profile));
    }

    public void add(PersonId id, SectionItem item, PurposeId purpose) {
        change(id, purpose, Section.of(item).category(), candidate -> candidate.add(item));
    }

    public void remove(PersonId id, Section section, UUID itemId, PurposeId purpose) {
        change(id, purpose, section.category(), candidate -> candidate.remove(section, itemId));
    }

    public void setLanguage(PersonId id, LanguageSkill skill, PurposeId purpose) {
        change(id, purpose, CV, candidate -> candidate.setLanguage(skill));
    }

    public void removeLanguage(PersonId id, String language, PurposeId purpose) {
        change(id, purpose, CV, candidate -> candidate.removeLanguage(language));
    }

    /** Unemployment, A-kasse and leave; {@code null} removes them. */
    public void setUnemployment(PersonId id, Unemployment unemployment, PurposeId purpose) {
        change(id, purpose, UNEMPLOYMENT, candidate -> candidate.setUnemployment(unemployment));
    }

    /** Whether this person is a candidate; pages and APIs about candidates refuse anyone else. */
    @Transactional(readOnly = true)
    public void requireCandidate(PersonId id) {
        if (!repository.exists(id)) {
            throw new UnknownPersonException(id);
        }
    }

    /**
     * Art. 18: a candidate whose processing is restricted has a read-only record (their CV, sections and
     * documents) until the restriction is lifted; answering their own requests may still correct it.
     */
    @Transactional(readOnly = true)
    public void requireWritable(PersonId id, PurposeId purpose) {
        requireCandidate(id);
        persons.requireUnrestricted(id, purpose);
    }

    /** The person proved the e-mail address is theirs: the profile becomes active for matching. */
    public void confirmEmail(PersonId id, PurposeId purpose) {
        // The person's own act, not the agency's use of the record: a restriction does not stop it.
        apply(id, purpose, "P-DATA-REL", candidate -> candidate.confirmEmail(clock.instant()));
    }

    private void change(PersonId id, PurposeId purpose, String category, Consumer<Candidate> step) {
        persons.requireUnrestricted(id, purpose);
        apply(id, purpose, category, step);
    }

    private void apply(PersonId id, PurposeId purpose, String category, Consumer<Candidate> step) {
        Candidate candidate = repository.find(id).orElseThrow(() -> new UnknownPersonException(id));
        step.accept(candidate);
        repository.update(candidate);
        audit.change(id.subject(), purpose, AuditAction.UPDATE, category);
    }
}
