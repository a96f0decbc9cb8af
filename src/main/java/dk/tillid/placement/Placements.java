package dk.tillid.placement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing candidates to clients and following the placement through: every step a named method
 * that checks its rule first and refuses with a plain reason. A proposal is a disclosure: the
 * profile goes to the client's contact through the ledger, recorded before it leaves.
 */
@Service
@Transactional
public class Placements {

    /** Proposing is assessing suitability for a job and sharing it with the client (P-PUR-3, P-REC-1). */
    static final PurposeId PROPOSING = PurposeId.SUITABILITY;
    /** From the client's yes on: the assignment in the contract with the client (P-PUR-5). */
    static final PurposeId ASSIGNMENT = PurposeId.ASSIGNMENT;
    static final String CLIENTS = "P-REC-1";
    /** Steps the candidate asked for by registering to be placed, before a contract (Art. 6(1)(b)). */
    static final String LEGAL_BASIS = "ART6-1-B";
    static final String RELATIONSHIP = "P-DATA-REL";
    static final String WORK = "P-DATA-9";
    static final int LIST_LIMIT = 200;

    private final PlacementRepository repository;
    private final JobOrderDesk desk;
    private final Hiring hiring;
    private final CandidateMatching matching;
    private final Candidates candidates;
    private final Persons persons;
    private final Disclosures disclosures;
    private final ClientProfileText text;
    private final AuditTrail audit;
    private final Clock clock;

    Placements(PlacementRepository repository, JobOrderDesk desk, Hiring hiring, CandidateMatching matching,
               Candidates candidates, Persons persons, Disclosures disclosures, ClientProfileText text, AuditTrail audit,
               Clock clock) {
        this.repository = repository;
        this.desk = desk;
        this.hiring = hiring;
        this.matching = matching;
        this.candidates = candidates;
        this.persons = persons;
        this.disclosures = disclosures;
        this.text = text;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Proposes the candidate for the job order to one of the client's contacts: checks everything,
     * records the proposal, then discloses the profile (recorded in the ledger, e-mailed to the contact).
     */
    public PlacementId propose(UUID jobOrder, PersonId person, PersonId contact) {
        JobOrderDesk.Order order = desk.find(jobOrder).orElseThrow(() -> new PlacementRefusedException("placement.refused.noJobOrder"));
        if (!order.open()) {
            throw new PlacementRefusedException("placement.refused.jobOrderNotOpen");
        }
        CandidateMatching.Eligibility eligibility = matching.eligibility(person);
        if (eligibility != CandidateMatching.Eligibility.ELIGIBLE) {
            throw new PlacementRefusedException("placement.refused." + eligibility);
        }
        if (contact == null || desk.contacts(order.client(), ASSIGNMENT).stream().noneMatch(c -> c.person().equals(contact))) {
            throw new PlacementRefusedException("placement.refused.contact");
        }
        if (repository.standing(jobOrder, person)) {
            throw new PlacementRefusedException("placement.refused.alreadyProposed");
        }
        Placement placement = Placement.propose(jobOrder, order.client(), person, contact, clock.instant(),
                audit.currentActor().toString());
        repository.insert(placement);
        audit.change(person.subject(), PROPOSING, AuditAction.CREATE, RELATIONSHIP);
        ClientProfile profile = ClientProfile.of(candidates.get(person, PROPOSING));
        byte[] content = text.render(profile, order.title()).getBytes(StandardCharsets.UTF_8);
        disclosures.disclose(new DisclosureRequest(person.subject(), CLIENTS, order.clientName(), ClientProfile.CATEGORIES,
                        PROPOSING, LEGAL_BASIS), new DisclosureChannel.Payload("profile.txt", "text/plain; charset=UTF-8", content),
                desk.mailTo(contact));
        return placement.id();
    }

    /** The client says yes: a placement. When the job order's positions are all placed, it is filled. */
    public void accept(PlacementId id) {
        Placement placement = change(id, ASSIGNMENT, RELATIONSHIP, p -> {
            requireStillReachable(p.person());
            p.accept(clock.instant());
        });
        desk.find(placement.jobOrder()).filter(JobOrderDesk.Order::open)
                .filter(order -> repository.placed(order.id()) >= order.positions())
                .ifPresent(order -> desk.fill(order.id()));
    }

    public void reject(PlacementId id) {
        change(id, PROPOSING, RELATIONSHIP, p -> p.reject(clock.instant()));
    }

    public void withdraw(PlacementId id) {
        change(id, PROPOSING, RELATIONSHIP, p -> p.withdraw(clock.instant()));
    }

    /** The person starts work: an employment in the employment module (the person becomes an employee). */
    public void startAssignment(PlacementId id, LocalDate firstDay, BigDecimal hourlyPay) {
        Placement placement = load(id);
        requireStillReachable(placement.person());
        placement.checkStart(firstDay, hourlyPay);
        JobOrderDesk.Order order = desk.find(placement.jobOrder())
                .orElseThrow(() -> new PlacementRefusedException("placement.refused.noJobOrder"));
        UUID employment = hiring.hire(placement.person(), new Hiring.Hire(order.temporary(), order.title(),
                order.clientName(), firstDay, hourlyPay), PurposeId.EMPLOYMENT);
        placement.start(employment, firstDay, hourlyPay);
        save(placement, ASSIGNMENT, WORK);
    }

    /** Hours worked on one day of the assignment: a timesheet line in the employment module. */
    public void recordHours(PlacementId id, LocalDate day, BigDecimal hours) {
        Placement placement = load(id);
        LocalDate today = AgencyTime.today(clock);
        placement.checkHours(day, hours, today);
        hiring.recordHours(placement.employment().orElseThrow(), placement.assignment().orElseThrow(), day, hours, ASSIGNMENT);
    }

    /** The assignment ends; its last day ends the employment (and feeds retention there). */
    public void end(PlacementId id, LocalDate lastDay) {
        Placement placement = load(id);
        placement.checkEnd(lastDay);
        hiring.end(placement.employment().orElseThrow(), lastDay, PurposeId.EMPLOYMENT);
        placement.end(lastDay);
        save(placement, ASSIGNMENT, WORK);
    }

    /** A recruiter was in contact with the candidate about this placement; moves the last-contact date. */
    public void recordContact(PlacementId id, ContactEvent.Kind kind, String note) {
        Placement placement = load(id);
        requireStillReachable(placement.person());
        persons.recordContact(placement.person(), kind, note, PROPOSING);
    }

    /**
     * A person who unregistered (P-OPT-1) or whose processing is restricted (Art. 18) since the proposal
     * is not placed, hired or contacted any further; hours already worked are still paid and an
     * assignment still ends, which the law requires.
     */
    private void requireStillReachable(PersonId person) {
        CandidateMatching.Eligibility eligibility = matching.eligibility(person);
        if (eligibility == CandidateMatching.Eligibility.UNREGISTERED || eligibility == CandidateMatching.Eligibility.RESTRICTED) {
            throw new PlacementRefusedException("placement.refused.since." + eligibility);
        }
    }

    @Transactional(readOnly = true)
    public PlacementView get(PlacementId id) {
        PlacementRepository.Named named = repository.findNamed(id).orElseThrow(() -> new UnknownPlacementException(id));
        audit.read(named.placement().person().subject(), ASSIGNMENT, "P-DATA-1", RELATIONSHIP, WORK);
        return view(named);
    }

    /** Proposed, accepted and started placements, newest first. */
    @Transactional(readOnly = true)
    public List<PlacementView> open() {
        return views(repository.open(LIST_LIMIT));
    }

    @Transactional(readOnly = true)
    public List<PlacementView> ofJobOrder(UUID jobOrder) {
        return views(repository.ofJobOrder(jobOrder));
    }

    private List<PlacementView> views(List<PlacementRepository.Named> named) {
        audit.read(named.stream().map(n -> n.placement().person().subject()).distinct().toList(), ASSIGNMENT,
                "P-DATA-1", RELATIONSHIP, WORK);
        return named.stream().map(this::view).toList();
    }

    private PlacementView view(PlacementRepository.Named named) {
        var order = desk.find(named.placement().jobOrder());
        Placement placement = named.placement();
        // The timesheet lines are the employment module's; the placement shows their sum, never a copy of it.
        BigDecimal hours = placement.employment().isPresent() && placement.assignment().isPresent()
                ? hiring.hoursRecorded(placement.employment().get(), placement.assignment().get(), ASSIGNMENT)
                : BigDecimal.ZERO;
        return new PlacementView(placement, named.name(), order.map(JobOrderDesk.Order::title).orElse("–"),
                order.map(JobOrderDesk.Order::clientName).orElse("–"), hours);
    }

    private Placement load(PlacementId id) {
        return repository.find(id).orElseThrow(() -> new UnknownPlacementException(id));
    }

    private Placement change(PlacementId id, PurposeId purpose, String category, java.util.function.Consumer<Placement> step) {
        Placement placement = load(id);
        step.accept(placement);
        save(placement, purpose, category);
        return placement;
    }

    private void save(Placement placement, PurposeId purpose, String category) {
        repository.update(placement);
        audit.change(placement.person().subject(), purpose, AuditAction.UPDATE, category);
    }
}
