package dk.tillid.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CampaignRepository {

    private static final String COLUMNS = "id, name, subject_da, text_da, subject_en, text_en, audience_kind, audience_city,"
            + " status, created_at, created_by, send_started_at, send_started_by, finished_at";

    /** What became of one recipient. */
    enum RecipientStatus { QUEUED, SENT, FAILED, HELD, SUPPRESSED }

    /** A recipient decided during the fan-out: queued with its outbox mail, or suppressed with a reason. */
    record Decided(PersonId person, RecipientStatus status, String reason, UUID outboxId) {
    }

    /** Where the fan-out of a campaign being sent stands. */
    record FanOut(CampaignId id, UUID after, boolean done) {
    }

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Campaign campaign) {
        jdbc.sql("INSERT INTO campaign (" + COLUMNS + ") VALUES (:id, :name, :subjectDa, :textDa, :subjectEn, :textEn,"
                        + " :kind, :city, :status, :createdAt, :createdBy, :startedAt, :startedBy, :finishedAt)")
                .paramSource(params(campaign)).update();
    }

    void update(Campaign campaign) {
        jdbc.sql("""
                        UPDATE campaign SET name = :name, subject_da = :subjectDa, text_da = :textDa, subject_en = :subjectEn,
                            text_en = :textEn, audience_kind = :kind, audience_city = :city,
                            status = :status, send_started_at = :startedAt, send_started_by = :startedBy,
                            finished_at = :finishedAt
                        WHERE id = :id""")
                .paramSource(params(campaign)).update();
    }

    Optional<Campaign> find(CampaignId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id").param("id", id.value())
                .query(CampaignRepository::map).optional();
    }

    /** The campaign, locked against a concurrent change until the transaction ends. */
    Optional<Campaign> lock(CampaignId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(CampaignRepository::map).optional();
    }

    List<Campaign> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign ORDER BY created_at DESC, id LIMIT :limit")
                .param("limit", limit).query(CampaignRepository::map).list();
    }

    /** A campaign whose recipients are still being found, locked for this transaction; none if all are taken. */
    Optional<FanOut> claimFanOut() {
        return jdbc.sql("""
                        SELECT id, fanout_after, fanout_done FROM campaign WHERE status = 'SENDING' AND NOT fanout_done
                        ORDER BY send_started_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .query((row, n) -> new FanOut(new CampaignId(row.getObject(1, UUID.class)), row.getObject(2, UUID.class),
                        row.getBoolean(3)))
                .optional();
    }

    Optional<FanOut> fanOut(CampaignId id) {
        return jdbc.sql("SELECT id, fanout_after, fanout_done FROM campaign WHERE id = :id").param("id", id.value())
                .query((row, n) -> new FanOut(id, row.getObject(2, UUID.class), row.getBoolean(3))).optional();
    }

    void advanceFanOut(CampaignId id, UUID after, boolean done) {
        jdbc.sql("UPDATE campaign SET fanout_after = :after, fanout_done = :done WHERE id = :id")
                .param("id", id.value()).param("after", after).param("done", done).update();
    }

    /** Campaigns whose recipients are all found and settled are sent. */
    int finishSettled(Instant at) {
        return jdbc.sql("""
                        UPDATE campaign c SET status = 'SENT', finished_at = :at
                        WHERE c.status = 'SENDING' AND c.fanout_done
                          AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = c.id AND r.status = 'QUEUED')""")
                .param("at", Timestamp.from(at)).update();
    }

    void record(CampaignId campaign, List<Decided> decided, Instant at) {
        if (decided.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO campaign_recipient (campaign_id, person_id, status, reason, outbox_id, decided_at)
                        SELECT :campaign, d.person, d.status, d.reason, d.outbox, :at
                        FROM unnest(CAST(:people AS uuid[]), CAST(:statuses AS text[]), CAST(:reasons AS text[]),
                                    CAST(:outboxes AS uuid[])) AS d(person, status, reason, outbox)
                        ON CONFLICT (campaign_id, person_id) DO NOTHING""")
                .param("campaign", campaign.value())
                .param("people", decided.stream().map(d -> d.person().value()).toArray(UUID[]::new))
                .param("statuses", decided.stream().map(d -> d.status().name()).toArray(String[]::new))
                .param("reasons", decided.stream().map(Decided::reason).toArray(String[]::new))
                .param("outboxes", decided.stream().map(Decided::outboxId).toArray(UUID[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** How the recipient of this outbox mail fared; false if it is no campaign's. */
    boolean settle(UUID outboxId, RecipientStatus status, String reason, Instant at) {
        return jdbc.sql("UPDATE campaign_recipient SET status = :status, reason = :reason, settled_at = :at"
                        + " WHERE outbox_id = :outbox AND status = 'QUEUED'")
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at))
                .param("outbox", outboxId).update() > 0;
    }

    /** The campaign an outbox mail belongs to, and its status. */
    Optional<Campaign.Status> statusOfMail(UUID outboxId) {
        return jdbc.sql("SELECT c.status FROM campaign_recipient r JOIN campaign c ON c.id = r.campaign_id"
                        + " WHERE r.outbox_id = :outbox")
                .param("outbox", outboxId).query((row, n) -> Campaign.Status.valueOf(row.getString(1))).optional();
    }

    Map<RecipientStatus, Integer> counts(CampaignId id) {
        Map<RecipientStatus, Integer> counts = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus status : RecipientStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("SELECT status, count(*) FROM campaign_recipient WHERE campaign_id = :id GROUP BY status")
                .param("id", id.value())
                .query((row, n) -> counts.put(RecipientStatus.valueOf(row.getString(1)), row.getInt(2))).list();
        return counts;
    }

    /** Suppressed recipients, counted by reason. */
    Map<String, Integer> suppressedReasons(CampaignId id) {
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        jdbc.sql("SELECT reason, count(*) FROM campaign_recipient WHERE campaign_id = :id AND status = 'SUPPRESSED'"
                        + " GROUP BY reason")
                .param("id", id.value()).query((row, n) -> reasons.put(row.getString(1), row.getInt(2))).list();
        return reasons;
    }

    /** The person's records, for their access package: which campaign, what became of it, when. */
    List<Map<String, Object>> ofPerson(UUID person) {
        return jdbc.sql("""
                        SELECT c.name, r.status, r.reason, r.decided_at, r.settled_at FROM campaign_recipient r
                        JOIN campaign c ON c.id = r.campaign_id WHERE r.person_id = :person ORDER BY r.decided_at""")
                .param("person", person)
                .query((row, n) -> {
                    Map<String, Object> item = new java.util.LinkedHashMap<>();
                    item.put("campaign", row.getString(1));
                    item.put("status", row.getString(2));
                    item.put("reason", row.getString(3));
                    item.put("decidedAt", row.getTimestamp(4).toInstant().toString());
                    item.put("settledAt", row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant().toString());
                    return item;
                }).list();
    }

    List<UUID> deleteRecipients(UUID[] people) {
        return jdbc.sql("WITH gone AS (DELETE FROM campaign_recipient WHERE person_id = ANY(:people) RETURNING person_id)"
                        + " SELECT DISTINCT person_id FROM gone")
                .param("people", people).query(UUID.class).list();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Campaign campaign) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", campaign.id().value())
                .addValue("name", campaign.name())
                .addValue("subjectDa", campaign.texts().subjectDa())
                .addValue("textDa", campaign.texts().textDa())
                .addValue("subjectEn", campaign.texts().subjectEn())
                .addValue("textEn", campaign.texts().textEn())
                .addValue("kind", campaign.audience().kind() == null ? null : campaign.audience().kind().name())
                .addValue("city", campaign.audience().city())
                .addValue("status", campaign.status().name())
                .addValue("createdAt", Timestamp.from(campaign.createdAt()))
                .addValue("createdBy", campaign.createdBy())
                .addValue("startedAt", timestamp(campaign.sendStartedAt()))
                .addValue("startedBy", campaign.sendStartedBy())
                .addValue("finishedAt", timestamp(campaign.finishedAt()));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Campaign map(ResultSet row, int n) throws SQLException {
        String kind = row.getString("audience_kind");
        return new Campaign(new CampaignId(row.getObject("id", UUID.class)), row.getString("name"),
                new Campaign.Texts(row.getString("subject_da"), row.getString("text_da"), row.getString("subject_en"),
                        row.getString("text_en")),
                new Audience(kind == null ? null : PersonKind.valueOf(kind), row.getString("audience_city")),
                Campaign.Status.valueOf(row.getString("status")), instant(row, "created_at"), row.getString("created_by"),
                instant(row, "send_started_at"), row.getString("send_started_by"), instant(row, "finished_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
