package dk.tillid.privacy.requests;

import java.util.List;

import dk.tillid.privacy.SubjectId;
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
     * Published in the erasing transaction just before the data goes, so that the person's address
     * can still be read to send them the receipt; categories by policy id, no personal data.
     */
    public record ErasureDecided(RequestId request, SubjectId subject, List<String> deleted,
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
    public ErasureProposal carryOut(RequestId id) {
        SubjectRequest request = erasable(id);
        ErasureProposal proposal = planner.plan(request.subject());
        events.publishEvent(new ErasureDecided(request.id(), request.subject(), proposal.deleted(), proposal.kept()));
        personalData.erase(request.subject(), proposal.plan(), RULE);
        return proposal;
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
