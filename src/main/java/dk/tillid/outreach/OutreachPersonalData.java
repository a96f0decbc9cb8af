package dk.tillid.outreach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataItem.Origin;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What outreach holds about a person: their mail choices, the jobs they were found to fit and what
 * became of telling them, the campaigns sent to them, and their objection to marketing. Erasure
 * deletes all of it but the objection, which stays as the keyed hash of the address alone (no longer
 * linked to anyone), because an objection to direct marketing must hold if the address comes back.
 */
@Component
@Order(190)
class OutreachPersonalData implements PersonalDataProvider {

    private static final String CATEGORY = MailPreferences.CATEGORY;

    private final JdbcClient jdbc;
    private final CampaignRepository campaigns;
    private final Suppressions suppressions;

    OutreachPersonalData(JdbcClient jdbc, CampaignRepository campaigns, Suppressions suppressions) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.suppressions = suppressions;
    }

    @Override
    public String source() {
        return "outreach";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>();
        jdbc.sql("SELECT alert_frequency, language, last_digest_at, changed_at FROM mail_preference WHERE person_id = :p")
                .param("p", subject.value())
                .query((row, n) -> {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("jobAlerts", row.getString(1));
                    value.put("language", row.getString(2));
                    value.put("lastDigestAt", row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant().toString());
                    value.put("changedAt", row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant().toString());
                    return items.add(new PersonalDataItem(CATEGORY, "mailChoices", value, Origin.THE_PERSON));
                }).list();
        jdbc.sql("SELECT job_order_id, found_at, score, status, reason, settled_at FROM job_alert WHERE person_id = :p"
                        + " ORDER BY found_at")
                .param("p", subject.value())
                .query((row, n) -> {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("jobOrder", row.getString(1));
                    value.put("foundAt", row.getTimestamp(2).toInstant().toString());
                    value.put("score", row.getInt(3));
                    value.put("status", row.getString(4));
                    value.put("reason", row.getString(5));
                    value.put("settledAt", row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant().toString());
                    return items.add(new PersonalDataItem(CATEGORY, "jobAlert", value, Origin.THE_AGENCY));
                }).list();
        campaigns.ofPerson(subject.value())
                .forEach(value -> items.add(new PersonalDataItem(CATEGORY, "campaignMail", value, Origin.THE_AGENCY)));
        suppressions.heldFor(new PersonId(subject.value())).forEach(since -> items.add(new PersonalDataItem(CATEGORY,
                "objectionToMarketing", Map.of("since", since.toString()), Origin.THE_PERSON)));
        return items;
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        if (plan.decisionFor(CATEGORY) instanceof ErasurePlan.Keep keep) {
            return export(subject).isEmpty() ? ErasureReport.nothingHeld(source())
                    : new ErasureReport(source(), List.of(), List.of(new ErasureReport.Kept(CATEGORY, keep.reason(), keep.until())));
        }
        return eraseAll(List.of(subject)).isEmpty() ? ErasureReport.nothingHeld(source())
                : new ErasureReport(source(), List.of(CATEGORY), List.of());
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        UUID[] ids = subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
        Set<UUID> held = new HashSet<>();
        for (String table : List.of("mail_preference", "job_alert")) {
            held.addAll(jdbc.sql("WITH gone AS (DELETE FROM " + table + " WHERE person_id = ANY(:ids) RETURNING person_id)"
                    + " SELECT DISTINCT person_id FROM gone").param("ids", ids).query(UUID.class).list());
        }
        held.addAll(campaigns.deleteRecipients(ids));
        // Unlinked, not deleted: the objection holds for the address (see the class comment).
        suppressions.forget(ids);
        Map<SubjectId, List<String>> deleted = new HashMap<>();
        held.forEach(id -> deleted.put(new SubjectId(id), List.of(CATEGORY)));
        return deleted;
    }
}
