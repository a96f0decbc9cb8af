package dk.tillid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.document.DocumentBenchmarkAccess;
import dk.tillid.employment.EmploymentBenchmarkAccess;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.KeysBenchmarkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw baselines of the access-package benchmark: the same rows the package holds, read with one
 * plain SELECT per table by the person's id (every column, each value materialised by the JDBC
 * driver, no ordering), in one read-only transaction on the application's pool; then, as the package
 * shows the encrypted values in clear, the person's key read and unwrapped once and every encrypted
 * value decrypted (file names, CPR numbers, bank account, ID number, health reasons, extract); and
 * for the download, which also holds the original files, every file read from the store and
 * decrypted. No mapping to objects, no policy texts, no redaction, no audit, no JSON, no zip.
 */
final class RawReads {

    /** Table, and the SELECT of the person's rows in it. The outbox's mail texts are left out, as the package leaves them out. */
    static final Map<String, String> SELECTS = new LinkedHashMap<>();

    static {
        SELECTS.put("person", "SELECT * FROM person WHERE id = :id");
        SELECTS.put("contact_event", "SELECT * FROM contact_event WHERE person_id = :id");
        SELECTS.put("candidate", "SELECT * FROM candidate WHERE person_id = :id");
        SELECTS.put("candidate_language", "SELECT * FROM candidate_language WHERE person_id = :id");
        SELECTS.put("document", "SELECT * FROM document WHERE person_id = :id");
        SELECTS.put("employee_file", "SELECT * FROM employee_file WHERE person_id = :id");
        SELECTS.put("employment", "SELECT * FROM employment WHERE person_id = :id");
        SELECTS.put("timesheet_line", "SELECT * FROM timesheet_line WHERE person_id = :id");
        SELECTS.put("cpr_number", "SELECT * FROM cpr_number WHERE person_id = :id");
        SELECTS.put("absence", "SELECT * FROM absence WHERE person_id = :id");
        SELECTS.put("screening_result", "SELECT * FROM screening_result WHERE person_id = :id");
        SELECTS.put("criminal_record", "SELECT * FROM criminal_record WHERE person_id = :id");
        SELECTS.put("criminal_record_disclosure_consent", "SELECT * FROM criminal_record_disclosure_consent WHERE person_id = :id");
        SELECTS.put("placement", "SELECT * FROM placement WHERE person_id = :id");
        SELECTS.put("client_contact", "SELECT * FROM client_contact WHERE person_id = :id");
        SELECTS.put("notification_outbox", "SELECT id, subject, kind, recipient, subject_line, status, created_at, attempts,"
                + " next_attempt_at, sent_at, last_error FROM notification_outbox WHERE subject = :id");
        SELECTS.put("consent_event", "SELECT * FROM consent_event WHERE subject_id = :id");
        SELECTS.put("legal_basis_record", "SELECT * FROM legal_basis_record WHERE subject_id = :id");
        SELECTS.put("disclosure", "SELECT * FROM disclosure WHERE subject_id = :id");
        SELECTS.put("subject_request", "SELECT * FROM subject_request WHERE subject_id = :id");
        SELECTS.put("request_statement", "SELECT s.* FROM request_statement s JOIN subject_request r ON r.id = s.request_id"
                + " WHERE r.subject_id = :id");
        SELECTS.put("request_step", "SELECT * FROM request_step WHERE subject_id = :id");
        SELECTS.put("portal_email_change", "SELECT * FROM portal_email_change WHERE person_id = :id");
        SELECTS.put("portal_sign_in", "SELECT * FROM portal_sign_in WHERE person_id = :id AND used_at IS NOT NULL");
        SELECTS.put("person_key", "SELECT * FROM person_key WHERE subject_id = :id");
    }

    /** Encrypted columns besides the files, and the field each is bound to. */
    private static final Map<String, String> SEALED = EmploymentBenchmarkAccess.sealedColumns();

    /** What one read found, and how long each part took. */
    record Outcome(Map<String, Integer> rows, int files, long fileBytes, int decrypted, long sqlNanos, long fileNanos,
                   long decryptNanos) {
    }

    /** How the raw reads decrypt. */
    interface Decryption {
        KeysBenchmarkAccess.Opened open(SubjectId subject, byte[] wrapped);
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final KeysBenchmarkAccess keys;
    private final Path store;

    RawReads(JdbcClient jdbc, TransactionTemplate transactions, KeysBenchmarkAccess keys, Path store) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.keys = keys;
        this.store = store;
    }

    /** The rows only. */
    Outcome rows(SubjectId subject) {
        return readOnly.execute(status -> {
            long start = System.nanoTime();
            Map<String, List<Map<String, Object>>> read = select(subject);
            return new Outcome(counts(read), 0, 0, 0, System.nanoTime() - start, 0, 0);
        });
    }

    /** The rows, and every encrypted value the package shows in clear, the key unwrapped once: what the package holds. */
    Outcome values(SubjectId subject) {
        return read(subject, keys::open, false);
    }

    /** The rows, every encrypted value and the original files in clear: what the download holds. */
    Outcome everything(SubjectId subject) {
        return read(subject, keys::open, true);
    }

    /** The same, decrypting as {@code decryption} does (e.g. PersonalKeys, value by value). */
    Outcome everything(SubjectId subject, Decryption decryption) {
        return read(subject, decryption, true);
    }

    private Outcome read(SubjectId subject, Decryption decryption, boolean withFiles) {
        return readOnly.execute(status -> {
            long start = System.nanoTime();
            Map<String, List<Map<String, Object>>> read = select(subject);
            long sql = System.nanoTime() - start;
            KeysBenchmarkAccess.Opened key = decryption.open(subject, (byte[]) read.get("person_key").get(0).get("wrapped_key"));
            long fileNanos = 0;
            long decryptNanos = 0;
            long fileBytes = 0;
            int decrypted = 0;
            for (Map<String, Object> document : read.get("document")) {
                UUID id = (UUID) document.get("id");
                long before = System.nanoTime();
                byte[] sealed = withFiles ? file((String) document.get("storage_name")) : null;
                long between = System.nanoTime();
                if (withFiles) {
                    fileBytes += key.decrypt(DocumentBenchmarkAccess.contentField(id), sealed).length;
                    decrypted++;
                }
                key.decrypt(DocumentBenchmarkAccess.nameField(id), (byte[]) document.get("display_name"));
                decrypted++;
                decryptNanos += System.nanoTime() - between;
                fileNanos += between - before;
            }
            long before = System.nanoTime();
            for (var sealed : SEALED.entrySet()) {
                String[] column = sealed.getKey().split("\\.");
                for (Map<String, Object> row : read.get(column[0])) {
                    if (row.get(column[1]) instanceof byte[] ciphertext) {
                        key.decrypt(sealed.getValue(), ciphertext);
                        decrypted++;
                    }
                }
            }
            decryptNanos += System.nanoTime() - before;
            return new Outcome(counts(read), withFiles ? read.get("document").size() : 0, fileBytes, decrypted, sql, fileNanos,
                    decryptNanos);
        });
    }

    private Map<String, List<Map<String, Object>>> select(SubjectId subject) {
        Map<String, List<Map<String, Object>>> read = new LinkedHashMap<>();
        SELECTS.forEach((table, sql) -> read.put(table, jdbc.sql(sql).param("id", subject.value()).query().listOfRows()));
        return read;
    }

    private static Map<String, Integer> counts(Map<String, List<Map<String, Object>>> read) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        read.forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    private byte[] file(String storageName) {
        try {
            return Files.readAllBytes(store.resolve(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
