package dk.tillid.portal;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's sign-in links (when they signed in) and any e-mail change waiting for its link (the
 * new address and when they asked). Erased before the person row they point at.
 */
@Component
@Order(160)
class PortalPersonalData implements PersonalDataProvider {

    static final String CATEGORY = "P-DATA-REL";
    static final String IDENTITY = "P-DATA-1";

    private final JdbcClient jdbc;
    private final PendingEmailChanges emailChanges;

    PortalPersonalData(JdbcClient jdbc, PendingEmailChanges emailChanges) {
        this.jdbc = jdbc;
        this.emailChanges = emailChanges;
    }

    @Override
    public String source() {
        return "portal";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>(jdbc.sql(
                        "SELECT used_at FROM portal_sign_in WHERE person_id = :person AND used_at IS NOT NULL ORDER BY used_at")
                .param("person", subject.value())
                .query((row, n) -> new PersonalDataItem(CATEGORY, "portalSignIn", row.getTimestamp(1).toInstant().toString(),
                        PersonalDataItem.Origin.THE_PERSON))
                .list());
        for (PendingEmailChanges.Asked asked : emailChanges.of(new PersonId(subject.value()))) {
            items.add(new PersonalDataItem(CATEGORY, "emailChangeAskedAt", asked.at().toString(), PersonalDataItem.Origin.THE_PERSON));
            if (asked.address() != null) {
                items.add(new PersonalDataItem(IDENTITY, "emailChangeUnconfirmed", asked.address(), PersonalDataItem.Origin.THE_PERSON));
            }
        }
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        // A change waiting for its link goes whatever else is kept: no rule keeps an unconfirmed address.
        int changes = emailChanges.deleteOf(new PersonId(subject.value()));
        List<String> erased = changes == 0 ? List.of() : List.of(IDENTITY);
        if (plan.decisionFor(CATEGORY) instanceof ErasurePlan.Keep keep) {
            return new ErasureReport(source(), erased, List.of(new ErasureReport.Kept(CATEGORY, keep.reason(), keep.until())));
        }
        int deleted = jdbc.sql("DELETE FROM portal_sign_in WHERE person_id = :person").param("person", subject.value()).update();
        if (deleted + changes == 0) {
            return ErasureReport.nothingHeld(source());
        }
        return new ErasureReport(source(), changes == 0 ? List.of(CATEGORY) : List.of(CATEGORY, IDENTITY), List.of());
    }

    /** As {@link #erase} reports it: the relationship for anyone it held anything of, identity for a waiting change. */
    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        UUID[] ids = subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        emailChanges.deleteOf(ids).forEach(person -> deleted.put(new SubjectId(person), List.of(CATEGORY, IDENTITY)));
        jdbc.sql("DELETE FROM portal_sign_in WHERE person_id = ANY(:people) RETURNING person_id").param("people", ids)
                .query(UUID.class).list()
                .forEach(person -> deleted.putIfAbsent(new SubjectId(person), List.of(CATEGORY)));
        return deleted;
    }
}
