package dk.tillid.privacy.requests;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an erasure request (Art. 17): the DPO sees the plan, then runs it. Everything goes but
 * what a law keeps; the deletion log records it without personal data; the person is told what was
 * deleted and what is kept, why and until when.
 */
@Service
public class Erasures {

    /** The right the deletion log names for an erasure on request. */
    static final String RULE = "P-RIGHT-3";

    /**
     * Published in the erasing transaction before anything is deleted, ids only: whoever tells the
     * person reads their address now, while it is still there.
     */
    public record ErasureStarting(RequestId request, SubjectId subject) {
    }

    /**
     * Published in the erasing transaction once the data is gone: what the modules report they
     * deleted and kept (categories by policy id; kept with the rule that keeps them), no personal data.
     */
    public record ErasureDone(RequestId request, SubjectId subject, List<String> deleted,
                              List<ErasureProposal.Keeping> kept) {
    }

    private final RequestRepository requests;
    private final ErasurePlanner planner;
    private final PersonalData personalData;
    private final ApplicationEventPublisher events;

    Erasures(RequestRepository requests, ErasurePlanner planner, PersonalData personalData, ApplicationEventPublisher events) {
        this.requests = requests;
        this.planner = planner;
        this.personalData = personalData;
        this.events = events;
    }

    /** What the erasure would delete and keep, for the DPO to check before running it. */
    @Transactional(readOnly = true)
    public ErasureProposal plan(RequestId id) {
        return planner.plan(erasable(id).subject());
    }

    /**
     * Runs the plan as it stands now (not as it was shown: an employment may have ended meanwhile).
     * The person's requests go with the rest of their relationship data; the deletion log keeps the
     * proof that the erasure was done.
     */
    @Transactional
    public ErasureDone carryOut(RequestId id) {
        SubjectRequest request = erasable(id);
        ErasureProposal proposal = planner.plan(request.subject());
        events.publishEvent(new ErasureStarting(request.id(), request.subject()));
        ErasureDone done = done(request, personalData.erase(request.subject(), proposal.plan(), RULE));
        events.publishEvent(done);
        return done;
    }

    /** What happened, as the modules report it: a category kept anywhere is not called deleted. */
    private static ErasureDone done(SubjectRequest request, List<ErasureReport> reports) {
        Map<String, ErasureProposal.Keeping> kept = new LinkedHashMap<>();
        reports.forEach(report -> report.kept().forEach(keep -> kept.merge(keep.category(),
                new ErasureProposal.Keeping(keep.category(), keep.reason(), keep.until()),
                (a, b) -> a.until().isAfter(b.until()) ? a : b)));
        Set<String> deleted = new LinkedHashSet<>();
        reports.forEach(report -> deleted.addAll(report.deleted()));
        deleted.removeAll(kept.keySet());
        return new ErasureDone(request.id(), request.subject(), List.copyOf(deleted), List.copyOf(kept.values()));
    }

    /** Why a category is kept, in the reader's language: for the receipt and the plan page alike. */
    public String whyKept(String reason, java.util.Locale locale) {
        return planner.whyKept(reason, locale);
    }

    private SubjectRequest erasable(RequestId id) {
        SubjectRequest request = requests.find(id).orElseThrow(SubjectRequests.UnknownRequestException::new);
        if (request.kind() != SubjectRequest.Kind.ERASURE) {
            throw new RequestRefusal("request.erasure.notErasure", "This is not an erasure request");
        }
        if (request.status() != SubjectRequest.Status.OPEN || !request.isIdentityVerified()) {
            throw new RequestRefusal("request.erasure.notOpen",
                    "Only an open request whose sender's identity is verified can be carried out");
        }
        return request;
    }
}
