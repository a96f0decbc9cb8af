package dk.tillid.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the candidate module holds: CV data, courses, unemployment, next of kin, references. */
@Component
@Order(100)
class CandidatePersonalData implements PersonalDataProvider {

    private final CandidateRepository repository;

    CandidatePersonalData(CandidateRepository repository) {
        this.repository = repository;
    }

    @Override
    public String source() {
        return "candidate";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return repository.find(new PersonId(subject.value())).map(CandidatePersonalData::items).orElse(List.of());
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        PersonId id = new PersonId(subject.value());
        var found = repository.find(id);
        if (found.isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        Candidate candidate = found.get();
        Set<String> held = new LinkedHashSet<>(List.of(Candidates.CV));
        candidate.unemployment().ifPresent(u -> held.add(Candidates.UNEMPLOYMENT));
        for (Section section : Section.values()) {
            if (!candidate.items(section).isEmpty()) {
                held.add(section.category());
            }
        }
        List<String> deleted = new ArrayList<>();
        List<ErasureReport.Kept> kept = new ArrayList<>();
        for (String category : held) {
            if (plan.decisionFor(category) instanceof ErasurePlan.Keep keep) {
                kept.add(new ErasureReport.Kept(category, keep.reason(), keep.until()));
            } else {
                deleted.add(category);
            }
        }
        if (kept.isEmpty()) {
            repository.delete(id);
        } else {
            for (Section section : Section.values()) {
                if (deleted.contains(section.category())) {
                    candidate.clear(section);
                }
            }
            if (deleted.contains(Candidates.UNEMPLOYMENT)) {
                candidate.setUnemployment(null);
            }
            if (deleted.contains(Candidates.CV)) {
                candidate.updateProfile(Profile.empty());
                candidate.languages().forEach(skill -> candidate.removeLanguage(skill.language()));
            }
            repository.update(candidate);
        }
        return new ErasureReport(source(), deleted, kept);
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.deleteAll(subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .forEach((id, categories) -> deleted.put(new SubjectId(id), categories));
        return deleted;
    }

    private static List<PersonalDataItem> items(Candidate candidate) {
        List<PersonalDataItem> items = new ArrayList<>();
        Profile profile = candidate.profile();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("headline", profile.headline());
        value.put("summary", profile.summary());
        value.put("skills", profile.skills());
        value.put("workType", profile.workType().name());
        value.put("preferredArea", profile.preferredArea());
        value.put("availableFrom", profile.availableFrom() == null ? null : profile.availableFrom().toString());
        items.add(new PersonalDataItem(Candidates.CV, "profile", value, Origin.THE_PERSON));
        candidate.languages().forEach(skill -> items.add(new PersonalDataItem(Candidates.CV, "language",
                Map.of("language", skill.language(), "level", skill.level().name()), Origin.THE_PERSON)));
        for (Section section : Section.values()) {
            for (SectionItem item : candidate.items(section)) {
                Origin origin = section == Section.REFEREES ? Origin.OTHERS : Origin.THE_PERSON;
                items.add(new PersonalDataItem(section.category(), section.name().toLowerCase(), item, origin));
            }
        }
        candidate.unemployment().ifPresent(unemployment -> items.add(new PersonalDataItem(Candidates.UNEMPLOYMENT,
                "unemployment", unemployment, Origin.THE_PERSON)));
        items.add(new PersonalDataItem("P-DATA-REL", "registeredVia", candidate.registeredVia().name(), Origin.THE_AGENCY));
        candidate.emailConfirmedAt().ifPresent(at ->
                items.add(new PersonalDataItem("P-DATA-REL", "emailConfirmedAt", at.toString(), Origin.THE_PERSON)));
        return items;
    }
}
