package dk.tillid.rights;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.stereotype.Component;

/** What was done on the person's requests, for their access package and for erasure. */
@Component
class RequestStepPersonalData implements PersonalDataProvider {

    private final RequestStepRepository repository;

    RequestStepPersonalData(RequestStepRepository repository) {
        this.repository = repository;
    }

    @Override
    public String source() {
        return "rights";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return repository.ofSubject(subject).stream().map(step -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("step", step.kind().name());
            value.put("at", step.takenAt().toString());
            if (!step.categories().isEmpty()) {
                value.put("categories", step.categories());
            }
            if (step.recipientName() != null) {
                value.put("toldRecipient", step.recipientName());
            }
            if (step.consentPurpose() != null) {
                value.put("consent", step.consentPurpose() + (step.consentCategory() == null ? "" : " " + step.consentCategory()));
            }
            if (step.liftOn() != null) {
                value.put("liftOn", step.liftOn().toString());
            }
            return new PersonalDataItem(RequestSteps.CATEGORY, "requestStep", value, PersonalDataItem.Origin.THE_AGENCY);
        }).toList();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (repository.ofSubject(subject).isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        if (plan.decisionFor(RequestSteps.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(),
                    List.of(new ErasureReport.Kept(RequestSteps.CATEGORY, keep.reason(), keep.until())));
        }
        repository.deleteOf(subject);
        return new ErasureReport(source(), List.of(RequestSteps.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.deleteOf(subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(RequestSteps.CATEGORY)));
        return deleted;
    }
}
