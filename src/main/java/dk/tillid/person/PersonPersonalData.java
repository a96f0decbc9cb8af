package dk.tillid.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** What the person module holds about someone: identity and contact data, and the relationship. */
@Component
@Order(PersonPersonalData.LAST)
class PersonPersonalData implements PersonalDataProvider {

    /** Erased after every module whose rows refer to the person. */
    static final int LAST = 1000;

    private final PersonRepository repository;

    PersonPersonalData(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public String source() {
        return "person";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return repository.find(new PersonId(subject.value())).map(this::items).orElse(List.of());
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        PersonId id = new PersonId(subject.value());
        if (repository.find(id).isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        ErasurePlan.Decision identity = plan.decisionFor(Persons.IDENTITY);
        ErasurePlan.Decision relationship = plan.decisionFor(Persons.RELATIONSHIP);
        if (identity instanceof ErasurePlan.Keep keepIdentity) {
            // The facts on the person's row (employee since, last contact) describe the identity that
            // is kept and stay with it, under the same rule; the contact history and its notes do not.
            ErasurePlan.Keep keepRelationship = relationship instanceof ErasurePlan.Keep keep ? keep : keepIdentity;
            if (!(relationship instanceof ErasurePlan.Keep)) {
                repository.deleteContacts(id);
            }
            return new ErasureReport(source(), List.of(), List.of(
                    new ErasureReport.Kept(Persons.IDENTITY, keepIdentity.reason(), keepIdentity.until()),
                    new ErasureReport.Kept(Persons.RELATIONSHIP, keepRelationship.reason(), keepRelationship.until())));
        }
        if (relationship instanceof ErasurePlan.Keep keepRelationship) {
            // The contact notes are relationship data too, but free text may name the person: they go.
            repository.anonymise(id);
            return new ErasureReport(source(), List.of(Persons.IDENTITY), List.of(
                    new ErasureReport.Kept(Persons.RELATIONSHIP, keepRelationship.reason(), keepRelationship.until())));
        }
        repository.delete(id);
        return new ErasureReport(source(), List.of(Persons.IDENTITY, Persons.RELATIONSHIP), List.of());
    }

    /** The last contact (the last activity, for a business contact), as a day in Denmark. */
    @Override
    public Map<RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        return repository.find(new PersonId(subject.value())).map(person -> Map.of(trigger(person.kind()),
                LocalDate.ofInstant(person.lastContactAt(), AgencyTime.ZONE))).orElse(Map.of());
    }

    @Override
    public List<SubjectId> startedBy(RetentionTrigger trigger, LocalDate onOrBefore, SubjectId after, int limit) {
        List<String> kinds = switch (trigger) {
            case LAST_CONTACT -> List.of(PersonKind.CANDIDATE.name(), PersonKind.EMPLOYEE.name());
            // Anyone can be a client's contact too, whose last activity the client module may know.
            case LAST_ACTIVITY -> List.of(PersonKind.BUSINESS_CONTACT.name(), PersonKind.CANDIDATE.name(), PersonKind.EMPLOYEE.name());
            default -> List.of();
        };
        if (kinds.isEmpty()) {
            return List.of();
        }
        Instant before = onOrBefore.plusDays(1).atStartOfDay(AgencyTime.ZONE).toInstant();
        return repository.lastContactedBefore(kinds, before, after == null ? null : after.value(), limit).stream()
                .map(SubjectId::new).toList();
    }

    @Override
    public Map<SubjectId, Map<RetentionTrigger, LocalDate>> retentionStarts(List<SubjectId> subjects) {
        Map<SubjectId, Map<RetentionTrigger, LocalDate>> starts = new HashMap<>();
        repository.lastContacts(ids(subjects)).forEach((id, contact) -> starts.put(new SubjectId(id),
                Map.of(trigger(contact.kind()), LocalDate.ofInstant(contact.at(), AgencyTime.ZONE))));
        return starts;
    }

    /** A restricted person's data may be needed for legal claims (Art. 18(1)(c)): the sweep leaves it. */
    @Override
    public Map<SubjectId, String> deletionBlocked(List<SubjectId> subjects) {
        Map<SubjectId, String> blocked = new HashMap<>();
        repository.restrictedAmong(ids(subjects)).forEach(id -> blocked.put(new SubjectId(id), "retention.blocked.restricted"));
        return blocked;
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        repository.deleteAll(ids(subjects)).forEach(id -> deleted.put(new SubjectId(id), List.of(Persons.IDENTITY, Persons.RELATIONSHIP)));
        return deleted;
    }

    private static RetentionTrigger trigger(PersonKind kind) {
        return kind == PersonKind.BUSINESS_CONTACT ? RetentionTrigger.LAST_ACTIVITY : RetentionTrigger.LAST_CONTACT;
    }

    private static UUID[] ids(List<SubjectId> subjects) {
        return subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
    }

    private List<PersonalDataItem> items(Person person) {
        List<PersonalDataItem> items = new ArrayList<>();
        items.add(new PersonalDataItem(Persons.IDENTITY, "givenName", person.name().givenName(), Origin.THE_PERSON));
        items.add(new PersonalDataItem(Persons.IDENTITY, "familyName", person.name().familyName(), Origin.THE_PERSON));
        if (person.contact().email() != null) {
            items.add(new PersonalDataItem(Persons.IDENTITY, "email", person.contact().email(), Origin.THE_PERSON));
        }
        if (person.contact().phone() != null) {
            items.add(new PersonalDataItem(Persons.IDENTITY, "phone", person.contact().phone(), Origin.THE_PERSON));
        }
        person.dateOfBirth().ifPresent(born ->
                items.add(new PersonalDataItem(Persons.IDENTITY, "dateOfBirth", born.toString(), Origin.THE_PERSON)));
        person.address().ifPresent(address -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("street", address.street());
            value.put("postcode", address.postcode());
            value.put("city", address.city());
            value.put("country", address.country());
            items.add(new PersonalDataItem(Persons.IDENTITY, "address", value, Origin.THE_PERSON));
        });
        items.add(new PersonalDataItem(Persons.RELATIONSHIP, "kind", person.kind().name(), Origin.THE_AGENCY));
        items.add(new PersonalDataItem(Persons.RELATIONSHIP, "registeredAt", person.registeredAt().toString(), Origin.THE_AGENCY));
        items.add(new PersonalDataItem(Persons.RELATIONSHIP, "lastContactAt", person.lastContactAt().toString(), Origin.THE_AGENCY));
        person.unregisteredAt().ifPresent(at ->
                items.add(new PersonalDataItem(Persons.RELATIONSHIP, "unregisteredAt", at.toString(), Origin.THE_PERSON)));
        repository.restriction(person.id()).ifPresent(restriction -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("since", restriction.restrictedAt().toString());
            value.put("reason", restriction.reason());
            value.put("liftOn", restriction.liftableFrom().map(Object::toString).orElse(null));
            items.add(new PersonalDataItem(Persons.RELATIONSHIP, "processingRestricted", value, Origin.THE_AGENCY));
        });
        for (ContactEvent contact : repository.contacts(person.id())) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("kind", contact.kind().name());
            value.put("at", contact.occurredAt().toString());
            value.put("note", contact.note());
            items.add(new PersonalDataItem(Persons.RELATIONSHIP, "contact", value, Origin.THE_AGENCY));
        }
        return items;
    }
}
