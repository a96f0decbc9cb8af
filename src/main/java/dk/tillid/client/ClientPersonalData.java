package dk.tillid.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the client module holds about a business contact: the company they are at and their position;
 * and how long the business lasts, which keeps an active contact (P-RET-5). Erased before the person
 * module, whose row the contact row points at.
 */
@Component
@Order(120)
class ClientPersonalData implements PersonalDataProvider {

    private final ClientRepository repository;
    private final Clock clock;

    ClientPersonalData(ClientRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String source() {
        return "client";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return repository.contact(new PersonId(subject.value())).map(row -> List.of(
                new PersonalDataItem(Clients.CONTACT_DATA, "company",
                        repository.find(row.client()).map(ClientCompany::name).orElse(null), Origin.THE_AGENCY),
                new PersonalDataItem(Clients.CONTACT_DATA, "position", row.position(), Origin.THE_PERSON),
                new PersonalDataItem(Clients.CONTACT_DATA, "active", row.active(), Origin.THE_AGENCY)))
                .orElse(List.of());
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        PersonId person = new PersonId(subject.value());
        if (repository.contact(person).isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        if (plan.decisionFor(Clients.CONTACT_DATA) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(),
                    List.of(new ErasureReport.Kept(Clients.CONTACT_DATA, keep.reason(), keep.until())));
        }
        repository.deleteContact(person);
        return new ErasureReport(source(), List.of(Clients.CONTACT_DATA), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.deleteContacts(subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .forEach(person -> deleted.put(new SubjectId(person), List.of(Clients.CONTACT_DATA)));
        return deleted;
    }

    /** P-RET-5 keeps a business contact while the business lasts: the clock starts when it ends. */
    @Override
    public Map<RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        return retentionStarts(List.of(subject)).getOrDefault(subject, Map.of());
    }

    @Override
    public Map<SubjectId, Map<RetentionTrigger, LocalDate>> retentionStarts(List<SubjectId> subjects) {
        Map<SubjectId, Map<RetentionTrigger, LocalDate>> starts = new HashMap<>();
        repository.lastActivity(subjects.stream().map(SubjectId::value).toArray(UUID[]::new), AgencyTime.today(clock))
                .forEach((person, day) -> starts.put(new SubjectId(person), Map.of(RetentionTrigger.LAST_ACTIVITY, day)));
        return starts;
    }
}
