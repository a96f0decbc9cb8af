package dk.tillid.privacy.keys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrapped data keys, one per person; a destroyed key leaves a tombstone that says so. */
@Repository
class KeyRepository {

    record StoredKey(UUID subject, byte[] wrapped, Integer masterKeyId) {

        boolean destroyed() {
            return wrapped == null;
        }
    }

    private final JdbcClient jdbc;

    KeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredKey> find(UUID subject) {
        return jdbc.sql("SELECT subject_id, wrapped_key, master_key_id FROM person_key WHERE subject_id = :subject")
                .param("subject", subject)
                .query((row, n) -> new StoredKey(row.getObject(1, UUID.class), row.getBytes(2),
                        (Integer) row.getObject(3)))
                .optional();
    }

    void insertIfAbsent(UUID subject, byte[] wrapped, int masterKeyId, Instant now) {
        jdbc.sql("""
                        INSERT INTO person_key (subject_id, wrapped_key, master_key_id, created_at)
                        VALUES (:subject, :wrapped, :master, :now) ON CONFLICT (subject_id) DO NOTHING""")
                .param("subject", subject)
                .param("wrapped", wrapped)
                .param("master", masterKeyId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets the key for good; the row stays as a tombstone, so that "erased" can be told from "never had data". */
    void destroyAll(UUID[] subjects, Instant now) {
        jdbc.sql("""
                        INSERT INTO person_key (subject_id, wrapped_key, master_key_id, created_at, destroyed_at)
                        SELECT subject, NULL, NULL, :now, :now FROM unnest(:subjects) AS subject
                        ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, master_key_id = NULL,
                          destroyed_at = coalesce(person_key.destroyed_at, :now)""")
                .param("subjects", subjects)
                .param("now", Timestamp.from(now))
                .update();
    }

    void destroy(UUID subject, Instant now) {
        jdbc.sql("""
                        INSERT INTO person_key (subject_id, wrapped_key, master_key_id, created_at, destroyed_at)
                        VALUES (:subject, NULL, NULL, :now, :now)
                        ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, master_key_id = NULL,
                          destroyed_at = coalesce(person_key.destroyed_at, :now)""")
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Keys not wrapped by {@code masterKeyId}, in id order after {@code after} (keyset paging). */
    List<StoredKey> wrappedByOtherThan(int masterKeyId, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT subject_id, wrapped_key, master_key_id FROM person_key
                        WHERE wrapped_key IS NOT NULL AND master_key_id <> :master AND subject_id > :after
                        ORDER BY subject_id LIMIT :limit""")
                .param("master", masterKeyId)
                .param("after", after)
                .param("limit", limit)
                .query((row, n) -> new StoredKey(row.getObject(1, UUID.class), row.getBytes(2),
                        (Integer) row.getObject(3)))
                .list();
    }

    /** Replaces a wrapping, unless someone else changed the key meanwhile (destroyed it, say). */
    boolean rewrap(StoredKey old, byte[] wrapped, int masterKeyId) {
        return jdbc.sql("""
                        UPDATE person_key SET wrapped_key = :wrapped, master_key_id = :master
                        WHERE subject_id = :subject AND master_key_id = :old AND wrapped_key IS NOT NULL""")
                .param("wrapped", wrapped)
                .param("master", masterKeyId)
                .param("subject", old.subject())
                .param("old", old.masterKeyId())
                .update() == 1;
    }
}
