package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import dk.tillid.privacy.SubjectId;

/**
 * One request and its deadline. GDPR Art. 12(3): answered within one month of receipt — the same
 * date next month, or the month's last day when it has none (31 January → 28/29 February);
 * extendable by up to two further months only if the person is told why within the first month.
 * Art. 12(6): while the agency waits for the person to prove who they are, the clock stands still.
 * State changes go through the named methods, which keep these rules.
 */
public final class SubjectRequest {

    public enum Kind { ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, PORTABILITY, CONSENT_WITHDRAWAL, UNREGISTERING }

    public enum Channel { PORTAL, EMAIL, LETTER }

    public enum Status { OPEN, AWAITING_IDENTITY, COMPLETED, REFUSED }

    public enum Flag { REPEATED, EXCESSIVE }

    /** How the person was told of an extension: Tillid's own mail, or a letter the DPO sent. */
    public enum Notice { MAIL, LETTER }

    static final int MAX_EXTENSION_MONTHS = 2;

    private final RequestId id;
    private final SubjectId subject;
    private final Kind kind;
    private final Channel channel;
    private final LocalDate receivedOn;
    private Status status;
    private LocalDate identityRequestedOn;
    private int pausedDays;
    private int extensionMonths;
    private String extensionReason;
    private LocalDate extensionNotifiedOn;
    private Notice extensionToldBy;
    private Flag flag;
    private String flagReason;
    private LocalDate closedOn;
    private String answer;
    private LocalDate identityVerifiedOn;

    SubjectRequest(RequestId id, SubjectId subject, Kind kind, Channel channel, LocalDate receivedOn, Status status,
                   LocalDate identityRequestedOn, int pausedDays, int extensionMonths, String extensionReason,
                   LocalDate extensionNotifiedOn, Notice extensionToldBy, Flag flag, String flagReason, LocalDate closedOn,
                   String answer, LocalDate identityVerifiedOn) {
        this.id = Objects.requireNonNull(id);
        this.subject = Objects.requireNonNull(subject);
        this.kind = Objects.requireNonNull(kind);
        this.channel = Objects.requireNonNull(channel);
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.status = Objects.requireNonNull(status);
        this.identityRequestedOn = identityRequestedOn;
        this.pausedDays = pausedDays;
        this.extensionMonths = extensionMonths;
        this.extensionReason = extensionReason;
        this.extensionNotifiedOn = extensionNotifiedOn;
        this.extensionToldBy = extensionToldBy;
        this.flag = flag;
        this.flagReason = flagReason;
        this.closedOn = closedOn;
        this.answer = answer;
        this.identityVerifiedOn = identityVerifiedOn;
    }

    static SubjectRequest received(SubjectId subject, Kind kind, Channel channel, LocalDate receivedOn, LocalDate today) {
        if (receivedOn.isAfter(today)) {
            throw new RequestRefusal("request.receivedInFuture", "A request cannot arrive after today");
        }
        // Through the portal, the sign-in (a link to the person's verified address) proved who asks;
        // by e-mail or letter, the DPO must check it before anything is done or released.
        return new SubjectRequest(RequestId.random(), subject, kind, channel, receivedOn, Status.OPEN, null, 0, 0, null,
                null, null, null, null, null, null, channel == Channel.PORTAL ? receivedOn : null);
    }

    /**
     * The day the answer is due: one calendar month (clamped), plus any extension, plus the days
     * paused; none while the clock stands still.
     */
    public LocalDate dueOn() {
        return status == Status.AWAITING_IDENTITY ? null : receivedOn.plusMonths(1L + extensionMonths).plusDays(pausedDays);
    }

    /** The end of the first month, paused days included: extensions must be told the person before it. */
    public LocalDate firstMonthEndsOn() {
        return receivedOn.plusMonths(1).plusDays(pausedDays);
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && status != Status.AWAITING_IDENTITY && today.isAfter(dueOn());
    }

    public boolean isOpen() {
        return status == Status.OPEN || status == Status.AWAITING_IDENTITY;
    }

    /** The person must prove who they are before anything is released: the clock stops. */
    void awaitIdentity(LocalDate today) {
        requireOpen();
        if (status == Status.AWAITING_IDENTITY) {
            throw new RequestRefusal("request.alreadyAwaitingIdentity", "The request already waits for proof of identity");
        }
        status = Status.AWAITING_IDENTITY;
        identityRequestedOn = today;
    }

    /**
     * The DPO checked who asks (Tillid keeps no copy of an ID document); if the clock stood still
     * waiting for the proof, it runs again.
     */
    void identityVerified(LocalDate today) {
        requireOpen();
        if (isIdentityVerified() && status != Status.AWAITING_IDENTITY) {
            throw new RequestRefusal("request.identityAlreadyVerified", "The person's identity is verified already");
        }
        if (status == Status.AWAITING_IDENTITY) {
            pausedDays += (int) ChronoUnit.DAYS.between(identityRequestedOn, today);
            identityRequestedOn = null;
            status = Status.OPEN;
        }
        identityVerifiedOn = today;
    }

    /** Whether it is known who asks: nothing is done or released before. */
    public boolean isIdentityVerified() {
        return identityVerifiedOn != null && status != Status.AWAITING_IDENTITY;
    }

    /**
     * Art. 12(3): at most two further months in all, with reasons told the person inside the first
     * month — by Tillid's mail today, or by a letter sent on {@code personToldOn}.
     */
    void extend(int months, String reason, Notice toldBy, LocalDate personToldOn, LocalDate today) {
        Objects.requireNonNull(toldBy);
        requireOpen();
        if (status == Status.AWAITING_IDENTITY) {
            // The person is told the new due date, and there is none while the clock stands still.
            throw new RequestRefusal("request.extension.paused", "A request waiting for proof of identity has no due date to extend");
        }
        if (months < 1 || extensionMonths + months > MAX_EXTENSION_MONTHS) {
            throw new RequestRefusal("request.extension.tooLong", "A request can be extended by two months at most");
        }
        if (reason == null || reason.isBlank()) {
            throw new RequestRefusal("request.extension.noReason", "An extension needs its reasons");
        }
        if (personToldOn == null || personToldOn.isAfter(today) || personToldOn.isAfter(firstMonthEndsOn())) {
            throw new RequestRefusal("request.extension.tooLate",
                    "The person must be told of an extension, with reasons, within the first month");
        }
        extensionMonths += months;
        extensionReason = reason.strip();
        extensionNotifiedOn = personToldOn;
        extensionToldBy = toldBy;
    }

    /** Repeated requests are flagged when they arrive; the DPO may find one excessive, with a reason. */
    void flag(Flag flag, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RequestRefusal("request.flag.noReason", "A flag needs its reason");
        }
        this.flag = Objects.requireNonNull(flag);
        this.flagReason = reason.strip();
    }

    void complete(String answer, LocalDate today) {
        requireOpen();
        if (kind == Kind.ERASURE) {
            throw new RequestRefusal("request.erasure.usePlan", "An erasure is answered by carrying out its plan");
        }
        if (!isIdentityVerified()) {
            throw new RequestRefusal("request.identityFirst", "Nothing is released before the person's identity is verified");
        }
        this.answer = answer == null || answer.isBlank() ? null : answer.strip();
        this.status = Status.COMPLETED;
        this.closedOn = today;
    }

    /** A refusal needs a reason the person is told, with their right to complain to the Data Protection Agency. */
    void refuse(String reason, LocalDate today) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new RequestRefusal("request.refusal.noReason", "A refusal needs its reason");
        }
        this.answer = reason.strip();
        this.status = Status.REFUSED;
        this.closedOn = today;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RequestRefusal("request.closed", "The request is answered already");
        }
    }

    public RequestId id() { return id; }
    public SubjectId subject() { return subject; }
    public Kind kind() { return kind; }
    public Channel channel() { return channel; }
    public LocalDate receivedOn() { return receivedOn; }
    public Status status() { return status; }
    public LocalDate identityRequestedOn() { return identityRequestedOn; }
    public int pausedDays() { return pausedDays; }
    public int extensionMonths() { return extensionMonths; }
    public String extensionReason() { return extensionReason; }
    public LocalDate extensionNotifiedOn() { return extensionNotifiedOn; }
    public Notice extensionToldBy() { return extensionToldBy; }
    public Flag flag() { return flag; }
    public String flagReason() { return flagReason; }
    public LocalDate closedOn() { return closedOn; }
    public String answer() { return answer; }
    public LocalDate identityVerifiedOn() { return identityVerifiedOn; }

    @Override
    public String toString() {
        return "SubjectRequest[" + id.value() + ", " + kind + ", " + status + "]";
    }
}
