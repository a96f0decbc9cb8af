package dk.tillid.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's choices about the mail the agency sends on its own initiative: how often job alerts
 * come, and in which language the agency writes. Someone who never chose gets a daily digest at
 * most, in Danish.
 */
@Service
@Transactional
public class MailPreferences {

    /** How often job alerts may come. */
    public enum Frequency {
        /** One mail per job, as it opens. */
        INSTANT,
        /** At most one mail a day, listing the new jobs. */
        DAILY,
        /** At most one mail a week. */
        WEEKLY,
        NEVER
    }

    /** The choice of someone who never chose. */
    public static final Frequency DEFAULT_FREQUENCY = Frequency.DAILY;
    static final String CATEGORY = "P-DATA-REL";
    static final Locale DANISH = Locale.forLanguageTag("da");

    /** What a person chose, or the defaults. */
    public record Choice(Frequency frequency, Locale language, Instant lastDigestAt) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Choice of(PersonId person) {
        return stored(person).orElse(new Choice(DEFAULT_FREQUENCY, DANISH, null));
    }

    public void chooseFrequency(PersonId person, Frequency frequency) {
        choose(person, frequency, of(person).language());
    }

    public void chooseLanguage(PersonId person, Locale language) {
        choose(person, of(person).frequency(), language);
    }

    /** Both choices in one step, as the person makes them on their page. */
    public void choose(PersonId person, Frequency frequency, Locale language) {
        save(person, frequency, language);
        if (frequency == Frequency.NEVER) {
            // Nothing found for them before waits for a digest that will not come.
            jdbc.sql("UPDATE job_alert SET status = 'DROPPED', reason = 'NO_ALERTS_WANTED', settled_at = :at"
                            + " WHERE person_id = :person AND status = 'WAITING'")
                    .param("person", person.value()).param("at", Timestamp.from(clock.instant())).update();
        }
    }

    private void save(PersonId person, Frequency frequency, Locale language) {
        String code = "en".equals(language.getLanguage()) ? "en" : "da";
        jdbc.sql("""
                        INSERT INTO mail_preference (person_id, alert_frequency, language, changed_at, changed_by)
                        VALUES (:person, :frequency, :language, :at, :by)
                        ON CONFLICT (person_id) DO UPDATE SET alert_frequency = excluded.alert_frequency,
                            language = excluded.language, changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .param("person", person.value()).param("frequency", frequency.name()).param("language", code)
                .param("at", Timestamp.from(clock.instant())).param("by", audit.currentActor().toString())
                .update();
        audit.change(person.subject(), PurposeId.JOB_MATCHING, AuditAction.UPDATE, CATEGORY);
    }

    /**
     * The person's choice, their row locked until the transaction ends: two instances sending digests
     * at once judge one person one after the other, so the second sees the first's digest.
     */
    Choice lockedForDigest(PersonId person) {
        jdbc.sql("""
                        INSERT INTO mail_preference (person_id, alert_frequency, language) VALUES (:person, :frequency, 'da')
                        ON CONFLICT (person_id) DO NOTHING""")
                .param("person", person.value()).param("frequency", DEFAULT_FREQUENCY.name()).update();
        jdbc.sql("SELECT 1 FROM mail_preference WHERE person_id = :person FOR UPDATE").param("person", person.value())
                .query(Integer.class).single();
        return of(person);
    }

    /** A digest went to the person now. */
    void digestSent(PersonId person) {
        jdbc.sql("""
                        INSERT INTO mail_preference (person_id, alert_frequency, language, last_digest_at)
                        VALUES (:person, :frequency, 'da', :at)
                        ON CONFLICT (person_id) DO UPDATE SET last_digest_at = excluded.last_digest_at""")
                .param("person", person.value()).param("frequency", DEFAULT_FREQUENCY.name())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The language of each of these people (Danish for who never chose). */
    @Transactional(readOnly = true)
    java.util.Map<PersonId, Locale> languages(java.util.List<PersonId> people) {
        java.util.Map<PersonId, Locale> languages = new java.util.HashMap<>();
        people.forEach(person -> languages.put(person, DANISH));
        jdbc.sql("SELECT person_id, language FROM mail_preference WHERE person_id = ANY(:people)")
                .param("people", people.stream().map(PersonId::value).toArray(java.util.UUID[]::new))
                .query((row, n) -> languages.put(new PersonId(row.getObject(1, java.util.UUID.class)),
                        Locale.forLanguageTag(row.getString(2))))
                .list();
        return languages;
    }

    private Optional<Choice> stored(PersonId person) {
        return jdbc.sql("SELECT alert_frequency, language, last_digest_at FROM mail_preference WHERE person_id = :person")
                .param("person", person.value())
                .query((row, n) -> new Choice(Frequency.valueOf(row.getString(1)), Locale.forLanguageTag(row.getString(2)),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
                .optional();
    }
}
