package dk.tillid.privacy.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DPO's register of data-subject requests. Every step is recorded in the audit trail as
 * relationship data under the purpose of answering requests; the rules of the deadline are the
 * request's own ({@link SubjectRequest}).
 */
@Service
@Transactional(noRollbackFor = RequestRefusal.class)
public class SubjectRequests {

    static final String CATEGORY = "P-DATA-REL";
    static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;
    /** A request of the same kind from the same person within this many months is flagged as repeated. */
    static final int REPEAT_MONTHS = 3;
    static final int MAX_STATEMENT = 2000;

    private final RequestRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ObjectProvider<RequestWork> work;

    SubjectRequests(RequestRepository repository, AuditTrail audit, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events, ObjectProvider<RequestWork> work) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.work = work;
    }

    /**
     * Published in the answering transaction when a request is answered or refused; ids only (the
     * portal tells the person by e-mail, with no data in the mail).
     */
    public record RequestAnswered(RequestId request, SubjectId subject, SubjectRequest.Kind kind, SubjectRequest.Status status) {
    }

    /**
     * Published in the extending transaction; ids only. For {@link SubjectRequest.Notice#MAIL} the
     * portal queues the mail that tells the person, in that transaction, or throws
     * {@link ExtensionNoticeRefused} (no address), which undoes the extension; for
     * {@link SubjectRequest.Notice#LETTER} it throws when the person has an address Tillid could mail.
     */
    public record RequestExtended(RequestId request, SubjectId subject, int months, SubjectRequest.Notice toldBy) {
    }

    /** A request has arrived (through the portal, or by e-mail or letter, which staff record). */
    public RequestId receive(SubjectId subject, SubjectRequest.Kind kind, SubjectRequest.Channel channel, LocalDate receivedOn) {
        return receive(subject, kind, channel, receivedOn, null);
    }

    /**
     * A request with the person's own words: which data is wrong, why processing should stop. At
     * most {@value #MAX_STATEMENT} characters; blank is none.
     */
    public RequestId receive(SubjectId subject, SubjectRequest.Kind kind, SubjectRequest.Channel channel, LocalDate receivedOn,
                             String statement) {
        String words = statement == null || statement.isBlank() ? null : statement.strip();
        if (words != null && (words.length() > MAX_STATEMENT || words.chars().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\r' && c != '\t'))) {
            throw new RequestRefusal("request.statement.invalid", "At most " + MAX_STATEMENT + " characters of plain text");
        }
        SubjectRequest request = SubjectRequest.received(subject, kind, channel, receivedOn, today());
        if (repository.sameKindSince(subject, kind, receivedOn.minusMonths(REPEAT_MONTHS)) > 0) {
            request.flag(SubjectRequest.Flag.REPEATED, "The same kind of request came from this person within "
                    + REPEAT_MONTHS + " months");
        }
        repository.insert(request, clock.instant(), audit.currentActor().toString());
        if (words != null) {
            repository.insertStatement(request.id(), words);
        }
        audit.change(subject, PURPOSE, AuditAction.CREATE, CATEGORY);
        return request.id();
    }

    /** The person's own words with the request, if they gave any. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> statement(RequestId id) {
        SubjectRequest request = get(id);
        return repository.statement(request.id());
    }

    @Transactional(readOnly = true)
    public SubjectRequest get(RequestId id) {
        SubjectRequest request = repository.find(id).orElseThrow(UnknownRequestException::new);
        audit.read(request.subject(), PURPOSE, CATEGORY);
        return request;
    }

    /** Open requests, the soonest due first; those waiting for proof of identity (no due date) last. */
    @Transactional(readOnly = true)
    public List<SubjectRequest> open() {
        List<SubjectRequest> open = repository.open().stream()
                .sorted(Comparator.comparing(SubjectRequest::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (!open.isEmpty()) {
            audit.read(open.stream().map(SubjectRequest::subject).distinct().toList(), PURPOSE, CATEGORY);
        }
        return open;
    }

    @Transactional(readOnly = true)
    public List<SubjectRequest> of(SubjectId subject) {
        audit.read(subject, PURPOSE, CATEGORY);
        return repository.of(subject);
    }

    public void awaitIdentity(RequestId id) {
        change(id, request -> request.awaitIdentity(today()));
    }

    public void identityVerified(RequestId id) {
        change(id, request -> request.identityVerified(today()));
    }

    /**
     * Extends the deadline and has Tillid tell the person at once: the mail with the reasons and the
     * new due date is queued in this transaction, so the day they are told is today.
     *
     * @throws ExtensionNoticeRefused if the person has no e-mail address (nothing is extended)
     */
    public void extendTellingByMail(RequestId id, int months, String reason) {
        extended(change(id, request -> request.extend(months, reason, SubjectRequest.Notice.MAIL, today(), today())), months);
    }

    /**
     * Extends the deadline of a request from a person Tillid cannot mail; the DPO sent them a letter
     * with the reasons on {@code letterSentOn}.
     *
     * @throws ExtensionNoticeRefused if the person has an e-mail address: Tillid tells them itself
     */
    public void extendToldByLetter(RequestId id, int months, String reason, LocalDate letterSentOn) {
        extended(change(id, request -> request.extend(months, reason, SubjectRequest.Notice.LETTER, letterSentOn, today())),
                months);
    }

    private void extended(SubjectRequest request, int months) {
        events.publishEvent(new RequestExtended(request.id(), request.subject(), months, request.extensionToldBy()));
    }

    public void markExcessive(RequestId id, String reason) {
        change(id, request -> request.flag(SubjectRequest.Flag.EXCESSIVE, reason));
    }

    /** Answers the request; refused while a module says the work it asked for is not done yet. */
    public void complete(RequestId id, String answer) {
        answered(change(id, request -> {
            if (request.isOpen() && request.status() != SubjectRequest.Status.AWAITING_IDENTITY) {
                work.orderedStream().map(module -> module.unfinished(request)).flatMap(Optional::stream).findFirst()
                        .ifPresent(key -> {
                            throw new RequestRefusal(key, "Work on the request is left to do");
                        });
            }
            request.complete(answer, today());
        }));
    }

    /**
     * The request, for a module to act on: it must be of that kind, open, and the person's identity
     * verified (nothing is done for anyone before they have proved who they are).
     */
    @Transactional(readOnly = true)
    public SubjectRequest actionable(RequestId id, SubjectRequest.Kind kind) {
        SubjectRequest request = verified(id, kind);
        if (!request.isOpen()) {
            throw new RequestRefusal("request.closed", "The request is answered already");
        }
        return request;
    }

    /**
     * The request, for a module to act on after it was answered too (a restriction is lifted long
     * after the request for it): of that kind, its identity verified, not refused.
     */
    @Transactional(readOnly = true)
    public SubjectRequest verified(RequestId id, SubjectRequest.Kind kind) {
        SubjectRequest request = get(id);
        if (request.kind() != kind) {
            throw new RequestRefusal("request.otherKind", "The request is of another kind");
        }
        if (!request.isIdentityVerified()) {
            throw new RequestRefusal("request.identityFirst", "Nothing is released before the person's identity is verified");
        }
        if (request.status() == SubjectRequest.Status.REFUSED) {
            throw new RequestRefusal("request.closed", "The request is answered already");
        }
        return request;
    }

    public void refuse(RequestId id, String reason) {
        answered(change(id, request -> request.refuse(reason, today())));
    }

    private void answered(SubjectRequest request) {
        events.publishEvent(new RequestAnswered(request.id(), request.subject(), request.kind(), request.status()));
    }

    /** Today in Denmark, where the deadlines are counted. */
    public LocalDate today() {
        return AgencyTime.today(clock);
    }

    private SubjectRequest change(RequestId id, Consumer<SubjectRequest> step) {
        SubjectRequest request = repository.find(id).orElseThrow(UnknownRequestException::new);
        step.accept(request);
        repository.update(request);
        audit.change(request.subject(), PURPOSE, AuditAction.UPDATE, CATEGORY);
        return request;
    }

    /** No such request: 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class UnknownRequestException extends RuntimeException {

        public UnknownRequestException() {
            super("No such request");
        }
    }
}
