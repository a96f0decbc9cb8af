package dk.tillid.privacy.retention;

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

/**
 * The legal holds placed on a person are their data too (the reason names their dispute): told in
 * their access package, and erased with the rest of their relationship data once nothing holds it,
 * which a standing hold itself does (the plan keeps P-DATA-REL while it stands).
 */
@Component
class LegalHoldPersonalData implements PersonalDataProvider {

    private final LegalHoldRepository holds;
    private final JdbcClient jdbc;

    LegalHoldPersonalData(LegalHoldRepository holds, JdbcClient jdbc) {
        this.holds = holds;
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "legal-hold";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return holds.of(subject).stream().map(LegalHoldPersonalData::item).toList();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(LegalHolds.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return holds.of(subject).isEmpty() ? ErasureReport.nothingHeld(source())
                    : new ErasureReport(source(), List.of(),
                            List.of(new ErasureReport.Kept(LegalHolds.CATEGORY, keep.reason(), keep.until())));
        }
        return holds.deleteOf(subject) == 0 ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(LegalHolds.CATEGORY), List.of());
    }

    /** Every hold of these people goes, as {@link #erase} does when the plan keeps nothing. */
    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        jdbc.sql("DELETE FROM legal_hold WHERE subject_id = ANY(:subjects) RETURNING subject_id")
                .param("subjects", subjects.stream().map(SubjectId::value).toArray(UUID[]::new)).query(UUID.class).list()
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(LegalHolds.CATEGORY)));
        return deleted;
    }

    private static PersonalDataItem item(LegalHold hold) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("reason", hold.reason());
        value.put("endsOn", hold.endsOn().toString());
        value.put("placedAt", hold.placedAt().toString());
        value.put("liftedAt", hold.liftedAt() == null ? null : hold.liftedAt().toString());
        value.put("liftReason", hold.liftReason());
        return new PersonalDataItem(LegalHolds.CATEGORY, "legalHold", value, Origin.THE_AGENCY);
    }
}
