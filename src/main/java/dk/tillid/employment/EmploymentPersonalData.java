package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the employment module holds, for access and portability (everything, decrypted) and for
 * erasure, category by category as the plan says: a kept category (accounting data under the
 * Bookkeeping Act, say) stays with its rows, the rest goes. Runs before the person module.
 */
@Component
@Order(120)
class EmploymentPersonalData implements PersonalDataProvider {

    private final EmploymentRepository employments;
    private final EmployeeFileRepository files;
    private final RecordsRepository records;
    private final PersonalKeys keys;
    private final JdbcClient jdbc;
    private final Clock clock;

    EmploymentPersonalData(EmploymentRepository employments, EmployeeFileRepository files, RecordsRepository records,
                           PersonalKeys keys, JdbcClient jdbc, Clock clock) {
        this.employments = employments;
        this.files = files;
        this.records = records;
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String source() {
        return "employment";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        PersonId person = new PersonId(subject.value());
        var row = files.find(person);
        if (row.isEmpty()) {
            return List.of();
        }
        List<PersonalDataItem> items = new ArrayList<>();
        var file = row.get();
        // The key is read and unwrapped once for all the person's encrypted fields, not once per value.
        PersonalKeys.OpenedKey key = keys.open(subject);
        items.add(new PersonalDataItem("P-DATA-9", "employeeNumber", file.employeeNumber(), Origin.THE_AGENCY));
        for (EmploymentSummary e : employments.of(person)) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("kind", e.kind().name());
            value.put("title", e.title());
            value.put("employerOrClient", e.employerOrClientName());
            value.put("start", e.start().toString());
            value.put("lastDay", e.lastDay() == null ? null : e.lastDay().toString());
            value.put("hourlyPay", e.hourlyPay().toPlainString());
            items.add(new PersonalDataItem("P-DATA-9", "employment", value, Origin.THE_AGENCY));
        }
        employments.timesheets(person).forEach(t -> items.add(new PersonalDataItem("P-DATA-9", "timesheet",
                Map.of("day", t.day().toString(), "hours", t.hours().toPlainString(), "assignment", t.assignment().toString()),
                Origin.OTHERS)));
        files.cprHistory(person).forEach(c -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("number", text(key, EmployeeFiles.CPR_FIELD, c.ciphertext()));
            value.put("validFrom", c.validFrom().toString());
            value.put("validTo", c.validTo() == null ? null : c.validTo().toString());
            items.add(new PersonalDataItem("P-DATA-7", "cprNumber", value, Origin.THE_PERSON));
        });
        if (file.nationality() != null) {
            items.add(new PersonalDataItem("P-DATA-7", "nationality", file.nationality(), Origin.THE_PERSON));
        }
        if (file.idDocumentType() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", file.idDocumentType());
            value.put("number", text(key, EmployeeFiles.ID_NUMBER_FIELD, file.idDocumentNumber()));
            value.put("expiry", file.idDocumentExpiry() == null ? null : file.idDocumentExpiry().toString());
            items.add(new PersonalDataItem("P-DATA-7", "idDocument", value, Origin.THE_PERSON));
        }
        if (file.permitType() != null) {
            items.add(new PersonalDataItem("P-DATA-7", "workPermit",
                    Map.of("type", file.permitType(), "expiry", file.permitExpiry().toString()), Origin.THE_PERSON));
        }
        if (file.bankAccount() != null) {
            items.add(new PersonalDataItem("P-DATA-9", "bankAccount", text(key, EmployeeFiles.BANK_FIELD, file.bankAccount()),
                    Origin.THE_PERSON));
        }
        for (RecordsRepository.StoredAbsence a : records.absences(person)) {
            items.add(new PersonalDataItem("P-DATA-9", "absence", Map.of("firstDay", a.firstDay().toString(),
                    "lastDay", a.lastDay().toString(), "type", a.type().name()), Origin.THE_PERSON));
            if (a.healthReason() != null) {
                items.add(new PersonalDataItem("P-SENS-1", "absenceHealthReason", Map.of("firstDay", a.firstDay().toString(),
                        "reason", text(key, Absences.REASON_FIELD, a.healthReason())), Origin.THE_PERSON));
            }
        }
        records.screenings(person).forEach(s -> items.add(new PersonalDataItem("P-DATA-10", "screening", Map.of(
                "client", s.clientName(), "screening", s.screening(), "result", s.result(),
                "screenedOn", s.screenedOn().toString()), Origin.THE_AGENCY)));
        records.extract(person).ifPresent(x -> items.add(new PersonalDataItem("P-DATA-8", "criminalRecordExtract", Map.of(
                "issuedOn", x.issuedOn().toString(), "text", text(key, CriminalRecords.FIELD, x.ciphertext())), Origin.THE_PERSON)));
        records.disclosureConsents(person).forEach(c -> items.add(new PersonalDataItem("P-DATA-REL",
                "criminalRecordDisclosureConsent", Map.of("client", c.clientName(), "givenAt", c.givenAt().toString(),
                "used", c.usedAt() != null), Origin.THE_PERSON)));
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        PersonId person = new PersonId(subject.value());
        Set<String> held = held(subject);
        if (held.isEmpty()) {
            return ErasureReport.nothingHeld(source());
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
        if (deleted.contains("P-DATA-8")) {
            records.deleteExtract(person);
        }
        if (deleted.contains("P-DATA-REL")) {
            records.deleteAll(person, "criminal_record_disclosure_consent");
        }
        if (deleted.contains("P-DATA-10")) {
            records.deleteAll(person, "screening_result");
        }
        if (deleted.contains("P-SENS-1")) {
            records.clearHealthReasons(person);
        }
        if (deleted.contains("P-DATA-7")) {
            files.deleteCprNumbers(person);
            files.clearIdentity(person, clock.instant());
        }
        if (deleted.contains("P-DATA-9")) {
            delete("timesheet_line", person);
            delete("employment", person);
            files.setBankAccount(person, null, clock.instant());
            if (!held.contains("P-SENS-1") || deleted.contains("P-SENS-1")) {
                records.deleteAll(person, "absence");
            }
        }
        if (kept.isEmpty()) {
            records.deleteAll(person, "absence");
            records.deleteAll(person, "criminal_record_disclosure_consent");
            delete("employee_file", person);
        }
        return new ErasureReport(source(), deleted, kept);
    }

    /** The categories per person as {@link #erase} reports them for a plan that deletes everything. */
    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        var gone = files.deleteAll(subjects.stream().map(SubjectId::value).toArray(UUID[]::new));
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        for (UUID person : gone.files()) {
            List<String> categories = new ArrayList<>(List.of("P-DATA-9"));
            addIf(categories, gone.identity(), person, "P-DATA-7");
            addIf(categories, gone.healthReasons(), person, "P-SENS-1");
            addIf(categories, gone.screenings(), person, "P-DATA-10");
            addIf(categories, gone.extracts(), person, "P-DATA-8");
            addIf(categories, gone.disclosureConsents(), person, "P-DATA-REL");
            deleted.put(new SubjectId(person), List.copyOf(categories));
        }
        return deleted;
    }

    private static void addIf(List<String> categories, Set<UUID> had, UUID person, String category) {
        if (had.contains(person)) {
            categories.add(category);
        }
    }

    /** The last day of the person's last employment (today while one lasts). */
    @Override
    public Map<RetentionTrigger, LocalDate> retentionStarts(SubjectId subject) {
        return employments.lastEmploymentDate(new PersonId(subject.value()), AgencyTime.today(clock))
                .map(last -> Map.of(RetentionTrigger.END_OF_LAST_EMPLOYMENT, last))
                .orElse(Map.of());
    }

    @Override
    public Map<SubjectId, Map<RetentionTrigger, LocalDate>> retentionStarts(List<SubjectId> subjects) {
        Map<SubjectId, Map<RetentionTrigger, LocalDate>> starts = new HashMap<>();
        employments.lastEmploymentDates(subjects.stream().map(SubjectId::value).toArray(UUID[]::new), AgencyTime.today(clock))
                .forEach((person, last) -> starts.put(new SubjectId(person), Map.of(RetentionTrigger.END_OF_LAST_EMPLOYMENT, last)));
        return starts;
    }

    @Override
    public List<SubjectId> startedBy(RetentionTrigger trigger, LocalDate onOrBefore, SubjectId after, int limit) {
        if (trigger != RetentionTrigger.END_OF_LAST_EMPLOYMENT) {
            return List.of();
        }
        return employments.employmentsEndedBy(onOrBefore, after == null ? null : after.value(), limit).stream()
                .map(SubjectId::new).toList();
    }

    @Override
    public List<String> stillBound(SubjectId subject) {
        return employments.employedOn(new PersonId(subject.value()), AgencyTime.today(clock))
                ? List.of("erasure.warning.employed") : List.of();
    }

    private Set<String> held(SubjectId subject) {
        PersonId person = new PersonId(subject.value());
        Set<String> held = new LinkedHashSet<>();
        var file = files.find(person);
        if (file.isEmpty()) {
            return held;
        }
        held.add("P-DATA-9");
        var row = file.get();
        if (!files.cprHistory(person).isEmpty() || row.nationality() != null || row.idDocumentType() != null
                || row.permitType() != null) {
            held.add("P-DATA-7");
        }
        if (records.absences(person).stream().anyMatch(a -> a.healthReason() != null)) {
            held.add("P-SENS-1");
        }
        if (!records.screenings(person).isEmpty()) {
            held.add("P-DATA-10");
        }
        if (records.extract(person).isPresent()) {
            held.add("P-DATA-8");
        }
        if (!records.disclosureConsents(person).isEmpty()) {
            held.add("P-DATA-REL");
        }
        return held;
    }

    private void delete(String table, PersonId person) {
        jdbc.sql("DELETE FROM " + table + " WHERE person_id = :person").param("person", person.value()).update();
    }

    private static String text(PersonalKeys.OpenedKey key, String field, byte[] ciphertext) {
        return ciphertext == null ? null : key.decrypt(field, ciphertext).text().orElse("");
    }
}
