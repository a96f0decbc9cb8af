package dk.tillid.portal;

import java.util.List;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's sign-in links: when they asked and signed in. Erased before the person row they point at. */
@Component
@Order(160)
class PortalPersonalData implements PersonalDataProvider {

    static final String CATEGORY = "P-DATA-REL";

    private final JdbcClient jdbc;

    PortalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "portal";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        return jdbc.sql("SELECT used_at FROM portal_sign_in WHERE person_id = :person AND used_at IS NOT NULL ORDER BY used_at")
                .param("person", subject.value())
                .query((row, n) -> new PersonalDataItem(CATEGORY, "portalSignIn", row.getTimestamp(1).toInstant().toString(),
                        PersonalDataItem.Origin.THE_PERSON))
                .list();
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), List.of(), List.of(new ErasureReport.Kept(CATEGORY, keep.reason(), keep.until())));
        }
        int deleted = jdbc.sql("DELETE FROM portal_sign_in WHERE person_id = :person").param("person", subject.value()).update();
        return deleted == 0 ? ErasureReport.nothingHeld(source()) : new ErasureReport(source(), List.of(CATEGORY), List.of());
    }
}
