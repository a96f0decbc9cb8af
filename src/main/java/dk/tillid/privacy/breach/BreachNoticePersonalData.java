package dk.tillid.privacy.breach;

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

/** The breach notices a person was sent are their data: in their access package (with what they were told), erased with them. */
@Component
class BreachNoticePersonalData implements PersonalDataProvider {

    private final BreachRepository breaches;
    private final JdbcClient jdbc;

    BreachNoticePersonalData(BreachRepository breaches, JdbcClient jdbc) {
        this.breaches = breaches;
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "breach-notice";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return breaches.noticesTo(subject).stream().map(notice -> {
            Breach breach = breaches.find(notice.breach()).orElseThrow();
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("notifiedAt", notice.notifiedAt().toString());
            value.put("outcome", notice.outcome().name());
            value.put("whatHappened", breach.description());
            value.put("likelyConsequences", breach.consequences());
            value.put("measuresTaken", breach.measures());
            value.put("whatYouCanDo", breach.riskAdvice());
            return new PersonalDataItem(BreachNotices.CATEGORY, "breachNotice", value, Origin.THE_AGENCY);
        }).toList();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        boolean held = !breaches.noticesTo(subject).isEmpty();
        if (plan.decisionFor(BreachNotices.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return !held ? ErasureReport.nothingHeld(source())
                    : new ErasureReport(source(), List.of(),
                            List.of(new ErasureReport.Kept(BreachNotices.CATEGORY, keep.reason(), keep.until())));
        }
        int deleted = jdbc.sql("DELETE FROM breach_notice WHERE subject_id = :subject").param("subject", subject.value()).update();
        return deleted == 0 ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(BreachNotices.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        jdbc.sql("DELETE FROM breach_notice WHERE subject_id = ANY(:subjects) RETURNING subject_id")
                .param("subjects", subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .query(UUID.class).list()
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(BreachNotices.CATEGORY)));
        return deleted;
    }
}
