package dk.tillid.privacy.disclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** To whom the person's data was disclosed (GDPR Art. 15(1)(c)). */
@Component
class DisclosurePersonalData implements PersonalDataProvider {

    private final Disclosures disclosures;
    private final JdbcClient jdbc;

    DisclosurePersonalData(Disclosures disclosures, JdbcClient jdbc) {
        this.disclosures = disclosures;
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "disclosure";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return disclosures.of(subject).stream().map(record -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("recipient", record.recipient());
            value.put("recipientName", record.recipientName());
            value.put("categories", record.categories());
            value.put("purpose", record.purpose());
            value.put("legalBasis", record.legalBasis());
            value.put("at", record.disclosedAt().toString());
            value.put("outcome", record.status().name());
            return new PersonalDataItem(Disclosures.CATEGORY, "disclosure", value, Origin.THE_AGENCY);
        }).toList();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(Disclosures.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(), List.of(new ErasureReport.Kept(Disclosures.CATEGORY, keep.reason(), keep.until())));
        }
        int removed = jdbc.sql("DELETE FROM disclosure WHERE subject_id = :s").param("s", subject.value()).update();
        return removed == 0 ? ErasureReport.nothingHeld(source()) : new ErasureReport(source(), List.of(Disclosures.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        jdbc.sql("DELETE FROM disclosure WHERE subject_id = ANY(:s) RETURNING subject_id")
                .param("s", subjects.stream().map(SubjectId::value).toArray(UUID[]::new)).query(UUID.class).list()
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(Disclosures.CATEGORY)));
        return deleted;
    }
}
