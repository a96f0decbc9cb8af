package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.stereotype.Component;

/** The person's requests and how they were answered, for their access package and for erasure. */
@Component
class RequestPersonalData implements PersonalDataProvider {

    private final RequestRepository repository;

    RequestPersonalData(RequestRepository repository) {
        this.repository = repository;
    }

    @Override
    public String source() {
        return "requests";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>();
        for (SubjectRequest request : repository.of(subject)) {
            items.add(new PersonalDataItem(SubjectRequests.CATEGORY, "request",
                    request.kind() + " received " + request.receivedOn() + " by " + request.channel() + ": " + request.status()
                            + (request.closedOn() == null ? "" : " on " + request.closedOn()), Origin.THE_PERSON));
            repository.statement(request.id()).ifPresent(statement -> items.add(new PersonalDataItem(SubjectRequests.CATEGORY,
                    "requestStatement", statement, Origin.THE_PERSON)));
        }
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (repository.of(subject).isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        if (plan.decisionFor(SubjectRequests.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(),
                    List.of(new ErasureReport.Kept(SubjectRequests.CATEGORY, keep.reason(), keep.until())));
        }
        repository.deleteOf(subject);
        return new ErasureReport(source(), List.of(SubjectRequests.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.deleteOf(ids(subjects)).forEach(subject -> deleted.put(new SubjectId(subject), List.of(SubjectRequests.CATEGORY)));
        return deleted;
    }

    /** A request being answered needs the person's data (to copy, correct or erase it as asked): the sweep waits. */
    @Override
    public Map<SubjectId, String> deletionBlocked(List<SubjectId> subjects) {
        Map<SubjectId, String> blocked = new HashMap<>();
        repository.withOpenRequest(ids(subjects)).forEach(subject -> blocked.put(new SubjectId(subject), "retention.blocked.openRequest"));
        return blocked;
    }

    private static UUID[] ids(List<SubjectId> subjects) {
        return subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
    }
}
