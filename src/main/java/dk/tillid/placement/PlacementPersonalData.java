package dk.tillid.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the placement module holds about a person: the proposals and placements they were part of
 * (P-DATA-REL), and of an assignment its days, pay and hours (P-DATA-9). A business contact's
 * erasure removes them from the proposals they received.
 */
@Component
@Order(120)
class PlacementPersonalData implements PersonalDataProvider {

    private final PlacementRepository repository;

    PlacementPersonalData(PlacementRepository repository) {
        this.repository = repository;
    }

    @Override
    public String source() {
        return "placement";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>();
        for (Placement placement : repository.ofPerson(new PersonId(subject.value()))) {
            Map<String, Object> relation = new LinkedHashMap<>();
            relation.put("placement", placement.id().toString());
            relation.put("jobOrder", placement.jobOrder().toString());
            relation.put("status", placement.status().name());
            relation.put("proposedAt", placement.proposedAt().toString());
            relation.put("decidedAt", placement.decidedAt().map(Object::toString).orElse(null));
            items.add(new PersonalDataItem(Placements.RELATIONSHIP, "placement", relation, PersonalDataItem.Origin.THE_AGENCY));
            placement.startedOn().ifPresent(started -> {
                Map<String, Object> work = new LinkedHashMap<>();
                work.put("placement", placement.id().toString());
                work.put("startedOn", started.toString());
                work.put("endedOn", placement.endedOn().map(Object::toString).orElse(null));
                work.put("hourlyPay", placement.hourlyPay().map(Object::toString).orElse(null));
                items.add(new PersonalDataItem(Placements.WORK, "assignment", work, PersonalDataItem.Origin.THE_AGENCY));
            });
        }
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        PersonId person = new PersonId(subject.value());
        int forgotten = repository.forgetContact(person);
        List<Placement> held = repository.ofPerson(person);
        if (held.isEmpty()) {
            return forgotten > 0 ? new ErasureReport(source(), List.of(Placements.RELATIONSHIP), List.of())
                    : ErasureReport.nothingHeld(source());
        }
        boolean worked = held.stream().anyMatch(p -> p.startedOn().isPresent());
        if (worked && plan.decisionFor(Placements.WORK) instanceof ErasurePlan.Keep keep) {
            // Assignments are kept with the employment records the law keeps; proposals go.
            repository.deleteOf(person, true);
            return new ErasureReport(source(), List.of(Placements.RELATIONSHIP),
                    List.of(new ErasureReport.Kept(Placements.WORK, keep.reason(), keep.until())));
        }
        repository.deleteOf(person, false);
        return new ErasureReport(source(), worked ? List.of(Placements.RELATIONSHIP, Placements.WORK)
                : List.of(Placements.RELATIONSHIP), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        UUID[] ids = subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.forgetContacts(ids).forEach(contact -> deleted.put(new SubjectId(contact), List.of(Placements.RELATIONSHIP)));
        repository.deleteAll(ids).forEach((person, worked) -> deleted.put(new SubjectId(person),
                worked ? List.of(Placements.RELATIONSHIP, Placements.WORK) : List.of(Placements.RELATIONSHIP)));
        return deleted;
    }
}
