package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;

/**
 * A candidate proposed for a job order, and what became of it. Every step is a named method that
 * checks the rule first: PROPOSED → ACCEPTED (or REJECTED, or WITHDRAWN) → STARTED → ENDED.
 */
public final class Placement {

    public enum Status { PROPOSED, ACCEPTED, REJECTED, WITHDRAWN, STARTED, ENDED }

    static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(24);

    private final PlacementId id;
    private final UUID jobOrder;
    private final UUID client;
    private final PersonId person;
    private final PersonId contact;
    private final Instant proposedAt;
    private final String proposedBy;
    private Status status;
    private Instant decidedAt;
    private UUID employment;
    private UUID assignment;
    private LocalDate startedOn;
    private BigDecimal hourlyPay;
    private LocalDate endedOn;
    private final int version;

    Placement(PlacementId id, UUID jobOrder, UUID client, PersonId person, PersonId contact, Status status,
              Instant proposedAt, String proposedBy, Instant decidedAt, UUID employment, UUID assignment,
              LocalDate startedOn, BigDecimal hourlyPay, LocalDate endedOn, int version) {
        this.id = id;
        this.jobOrder = jobOrder;
        this.client = client;
        this.person = person;
        this.contact = contact;
        this.status = status;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
        this.decidedAt = decidedAt;
        this.employment = employment;
        this.assignment = assignment;
        this.startedOn = startedOn;
        this.hourlyPay = hourlyPay;
        this.endedOn = endedOn;
        this.version = version;
    }

    static Placement propose(UUID jobOrder, UUID client, PersonId person, PersonId contact, Instant at, String by) {
        return new Placement(PlacementId.random(), jobOrder, client, person, contact, Status.PROPOSED, at, by, null, null,
                null, null, null, null, 0);
    }

    void accept(Instant at) {
        require(status == Status.PROPOSED, "placement.refused.notProposed");
        status = Status.ACCEPTED;
        decidedAt = at;
    }

    void reject(Instant at) {
        require(status == Status.PROPOSED, "placement.refused.notProposed");
        status = Status.REJECTED;
        decidedAt = at;
    }

    /** The agency (or the candidate) steps back, before the work starts. */
    void withdraw(Instant at) {
        require(status == Status.PROPOSED || status == Status.ACCEPTED, "placement.refused.cannotWithdraw");
        status = Status.WITHDRAWN;
        decidedAt = at;
    }

    /** Checked before the employment is made, so that a refusal leaves nothing behind. */
    void checkStart(LocalDate firstDay, BigDecimal pay) {
        require(status == Status.ACCEPTED, "placement.refused.notAccepted");
        require(firstDay != null, "placement.refused.firstDay");
        require(pay != null && pay.signum() > 0 && pay.scale() <= 2 && pay.compareTo(BigDecimal.valueOf(10_000)) < 0,
                "placement.refused.pay");
    }

    void start(UUID employment, LocalDate firstDay, BigDecimal pay) {
        checkStart(firstDay, pay);
        this.employment = employment;
        this.assignment = UUID.randomUUID();
        this.startedOn = firstDay;
        this.hourlyPay = pay;
        this.status = Status.STARTED;
    }

    void checkHours(LocalDate day, BigDecimal hours, LocalDate today) {
        require(status == Status.STARTED || status == Status.ENDED, "placement.refused.notStarted");
        require(day != null && !day.isBefore(startedOn) && !day.isAfter(today)
                && (endedOn == null || !day.isAfter(endedOn)), "placement.refused.hoursDay");
        require(hours != null && hours.signum() > 0 && hours.compareTo(MAX_HOURS_A_DAY) <= 0 && hours.scale() <= 2,
                "placement.refused.hours");
    }

    void checkEnd(LocalDate lastDay) {
        require(status == Status.STARTED, "placement.refused.notStarted");
        require(lastDay != null && !lastDay.isBefore(startedOn), "placement.refused.lastDay");
    }

    void end(LocalDate lastDay) {
        checkEnd(lastDay);
        endedOn = lastDay;
        status = Status.ENDED;
    }

    /** Whether it counts towards the job order's positions. */
    boolean fillsAPosition() {
        return status == Status.ACCEPTED || status == Status.STARTED || status == Status.ENDED;
    }

    private static void require(boolean rule, String reason) {
        if (!rule) {
            throw new PlacementRefusedException(reason);
        }
    }

    public PlacementId id() {
        return id;
    }

    public UUID jobOrder() {
        return jobOrder;
    }

    public UUID client() {
        return client;
    }

    public PersonId person() {
        return person;
    }

    public Optional<PersonId> contact() {
        return Optional.ofNullable(contact);
    }

    public Status status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    Optional<UUID> employment() {
        return Optional.ofNullable(employment);
    }

    public Optional<UUID> assignment() {
        return Optional.ofNullable(assignment);
    }

    public Optional<LocalDate> startedOn() {
        return Optional.ofNullable(startedOn);
    }

    public Optional<BigDecimal> hourlyPay() {
        return Optional.ofNullable(hourlyPay);
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        return "Placement[" + id + ", " + status + "]";
    }
}
