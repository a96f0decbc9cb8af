package dk.tillid.privacy.retention;

import java.util.HashMap;
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

/** The notices of coming deletion a person was sent: in their access package, and erased with them. */
@Component
class RetentionNoticePersonalData implements PersonalDataProvider {

    private final JdbcClient jdbc;

    RetentionNoticePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "retention-notice";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return jdbc.sql("SELECT deletes_on, noticed_at FROM retention_notice WHERE subject_id = :subject ORDER BY noticed_at")
                .param("subject", subject.value())
                .query((row, n) -> new PersonalDataItem(LegalHolds.CATEGORY, "deletionNotice", Map.of(
                        "deletesOn", row.getDate("deletes_on").toLocalDate().toString(),
                        "sentAt", row.getTimestamp("noticed_at").toInstant().toString()), Origin.THE_AGENCY))
                .list();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(LegalHolds.CATEGORY) instanceof ErasurePlan.Keep keep) {
            return export(subject).isEmpty() ? ErasureReport.nothingHeld(source())
                    : new ErasureReport(source(), List.of(),
                            List.of(new ErasureReport.Kept(LegalHolds.CATEGORY, keep.reason(), keep.until())));
        }
        int deleted = jdbc.sql("DELETE FROM retention_notice WHERE subject_id = :subject").param("subject", subject.value()).update();
        return deleted == 0 ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(LegalHolds.CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        jdbc.sql("DELETE FROM retention_notice WHERE subject_id = ANY(:subjects) RETURNING subject_id")
                .param("subjects", subjects.stream().map(SubjectId::value).toArray(UUID[]::new))
                .query(UUID.class).list()
                .forEach(subject -> deleted.put(new SubjectId(subject), List.of(LegalHolds.CATEGORY)));
        return deleted;
    }
}
