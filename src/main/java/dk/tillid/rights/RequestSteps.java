package dk.tillid.rights;

import java.time.Clock;
import java.util.List;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.requests.SubjectRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The steps taken on requests, each recorded in the audit trail as relationship data under answering requests. */
@Component
@Transactional
class RequestSteps {

    static final String CATEGORY = "P-DATA-REL";
    static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;

    private final RequestStepRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    RequestSteps(RequestStepRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    void record(SubjectRequest request, RequestStep step) {
        repository.insert(request.subject(), step, clock.instant(), audit.currentActor().toString());
        audit.change(request.subject(), PURPOSE, AuditAction.CREATE, CATEGORY);
    }

    /** Records a category as corrected, replacing an earlier record of it on the same request. */
    void recordCorrection(SubjectRequest request, RequestStep correction) {
        repository.forgetCorrection(request.id(), correction.categories().get(0));
        record(request, correction);
    }

    @Transactional(readOnly = true)
    List<RequestStep> of(SubjectRequest request) {
        audit.read(request.subject(), PURPOSE, CATEGORY);
        return repository.of(request.id());
    }

    @Transactional(readOnly = true)
    List<RequestStep> of(SubjectId subject) {
        audit.read(subject, PURPOSE, CATEGORY);
        return repository.ofSubject(subject);
    }

    @Transactional(readOnly = true)
    boolean taken(SubjectRequest request, RequestStep.Kind... kinds) {
        List<RequestStep.Kind> wanted = List.of(kinds);
        return of(request).stream().anyMatch(step -> wanted.contains(step.kind()));
    }
}
