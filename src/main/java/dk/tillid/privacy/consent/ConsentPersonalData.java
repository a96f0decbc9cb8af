package dk.tillid.privacy.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's consents and the legal bases recorded for them. */
@Component
class ConsentPersonalData implements PersonalDataProvider {

    private final ConsentRepository consents;
    private final ProcessingGrounds grounds;
    private final JdbcClient jdbc;

    ConsentPersonalData(ConsentRepository consents, ProcessingGrounds grounds, JdbcClient jdbc) {
        this.consents = consents;
        this.grounds = grounds;
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "consent";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>();
        for (ConsentEvent event : consents.history(subject.value())) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("purpose", event.purpose());
            value.put("category", event.category());
            value.put("fact", event.kind().name());
            value.put("wordingVersion", event.wordingVersion());
            value.put("channel", event.channel().name());
            value.put("at", event.occurredAt().toString());
            items.add(new PersonalDataItem(ConsentLedger.CATEGORY, "consent", value, Origin.THE_PERSON));
        }
        for (LegalBasisRecord record : grounds.recorded(subject)) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("category", record.category());
            value.put("legalBasis", record.legalBasis());
            value.put("reference", record.reference());
            value.put("recordedAt", record.recordedAt().toString());
            value.put("endedAt", record.endedAt() == null ? null : record.endedAt().toString());
            items.add(new PersonalDataItem(ConsentLedger.CATEGORY, "legalBasis", value, Origin.THE_AGENCY));
        }
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(ConsentLedger.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(),
                    List.of(new ErasureReport.Kept(ConsentLedger.CATEGORY, keep.reason(), keep.until())));
        }
        int removed = consents.deleteAll(subject.value())
                + jdbc.sql("DELETE FROM legal_basis_record WHERE subject_id = :s").param("s", subject.value()).update();
        return removed == 0 ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(ConsentLedger.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        UUID[] ids = subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
        Set<UUID> held = new HashSet<>(consents.deleteAll(ids));
        held.addAll(jdbc.sql("DELETE FROM legal_basis_record WHERE subject_id = ANY(:s) RETURNING subject_id")
                .param("s", ids).query(UUID.class).list());
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        held.forEach(subject -> deleted.put(new SubjectId(subject), List.of(ConsentLedger.CATEGORY)));
        return deleted;
    }
}
