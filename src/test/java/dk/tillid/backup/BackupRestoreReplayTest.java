package dk.tillid.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.zaxxer.hikari.HikariDataSource;
import dk.tillid.IntegrationTest;
import dk.tillid.TillidApplication;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.document.Upload;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.DeletionJournal;
import dk.tillid.privacy.spi.DeletionLog;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The proof: a backup is taken, a candidate is erased after it, the backup is restored (by
 * the real {@code --restore} command, in an application of its own, into a database of its own) and
 * the deletion log replayed. The candidate is gone from every table, their key is destroyed so that
 * the backed-up ciphertext of their document reads as erased, the employee taken in the same backup
 * is intact and their CPR number readable, and the deletion log holds the original entry, once.
 */
@IntegrationTest
@WithMockUser(username = "recruiter-backup", roles = "RECRUITER")
class BackupRestoreReplayTest {

    @Autowired Backups backups;
    @Autowired BackupProperties properties;
    @Autowired DatabaseAccess access;
    @Autowired DeletionJournal journal;
    @Autowired Candidates candidates;
    @Autowired Documents documents;
    @Autowired Employments employments;
    @Autowired PersonalData personalData;
    @Autowired PersonalKeys keys;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Flyway flyway;
    @Autowired HikariDataSource dataSource;
    @Autowired MockMvcTester mvc;

    private DatabaseLogin restored;

    @AfterEach
    void dropTheRestoredDatabase() throws Exception {
        jdbc.sql("DELETE FROM backup_run").update();
        if (restored != null) {
            access.dropScratch(restored);
        }
    }

    @Test
    void aPersonErasedAfterTheBackupStaysErasedWhenItIsRestored() throws Exception {
        String given = word();
        String family = word();
        String email = "backup-" + UUID.randomUUID() + "@example.dk";
        String documentWord = word();
        PersonId candidate = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE,
                        new PersonName(given, family), new ContactDetails(email, null), LocalDate.of(1993, 6, 1),
                        new PostalAddress(word() + "vej 3", "8000", "Aarhus", null)),
                        new Profile("Lagerarbejder", "Truckcertifikat", List.of("truck"), Profile.WorkType.EITHER, null, null)),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        documents.upload(new Upload(candidate, DocumentKind.CV, "cv.pdf", SampleFiles.pdf("CV", documentWord)),
                PurposeId.SUITABILITY);
        String employeeName = word();
        PersonId employee = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE,
                        new PersonName(employeeName, "Mortensen"), new ContactDetails(UUID.randomUUID() + "@example.dk", null),
                        null, null), new Profile("Pakker", null, List.of(), Profile.WorkType.EITHER, null, null)),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        employments.hire(employee, new Hire(Hire.Kind.TEMPORARY, "Pakker", "Kunde A/S", LocalDate.of(2026, 1, 5),
                new java.math.BigDecimal("180.00")), PurposeId.EMPLOYMENT);
        String cpr = "120386-" + (1000 + (int) (Math.random() * 8999));
        assertThat(mvc.post().uri("/employees/" + employee.value() + "/cpr").with(user("p").roles("PAYROLL")).with(csrf())
                .param("cpr", cpr).exchange()).hasStatus3xxRedirection();
        String candidateFile = jdbc.sql("SELECT storage_name FROM document WHERE person_id = :p")
                .param("p", candidate.value()).query(String.class).single();

        BackupRuns.Run run = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();
        assertThat(run.good()).as(run.problem()).isTrue();
        Path backup = properties.directory().resolve(run.name());
        assertThat(search(backupText(backup), List.of(given, family, email))).as("the backup holds the candidate")
                .containsExactlyInAnyOrder(given, family, email);
        byte[] backedUpDocument = Files.readAllBytes(backup.resolve(BackupWriter.DOCUMENTS).resolve(candidateFile));

        transactions.executeWithoutResult(status ->
                personalData.erase(candidate.subject(), ErasurePlan.deleteEverything(), "P-RIGHT-3"));
        DeletionLog.Entry erasure = journal.read().stream().filter(entry -> entry.subject().equals(candidate.subject()))
                .findFirst().orElseThrow(() -> new AssertionError("the erasure is not in the journal"));
        assertThat(erasure.keyDestroyed()).isTrue();

        restored = access.createScratch().orElseThrow();
        Path elsewhere = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "restored-");
        try (ConfigurableApplicationContext restore = restoreCommand(backup, restored, elsewhere)) {
            assertThat(restore.getBean(RestoreCommand.class).getExitCode()).isZero();
            assertThat(RestoreMarker.present(elsewhere.resolve("home"))).as("the marker is gone").isEmpty();

            JdbcClient database = JdbcClient.create(restore.getBean(Flyway.class).getConfiguration().getDataSource());
            String dump = dump(restore);
            assertThat(search(dump, List.of(given, family, email, documentWord))).as("the candidate's values").isEmpty();
            assertThat(dump).contains(employeeName);
            assertThat(database.sql("SELECT count(*) FROM person WHERE id = :p").param("p", candidate.value())
                    .query(Integer.class).single()).isZero();
            assertThat(elsewhere.resolve("documents").resolve(candidateFile)).as("the candidate's file").doesNotExist();

            PersonalKeys restoredKeys = restore.getBean(PersonalKeys.class);
            assertThat(restoredKeys.isErased(candidate.subject())).isTrue();
            assertThat(restoredKeys.decrypt(candidate.subject(), "document.content", backedUpDocument).isErased())
                    .as("the backed-up document of the candidate can no longer be read").isTrue();
            byte[] employeeCpr = database.sql("SELECT ciphertext FROM cpr_number WHERE person_id = :p AND valid_to IS NULL")
                    .param("p", employee.value()).query(byte[].class).single();
            assertThat(restoredKeys.decrypt(employee.subject(), "employment.cpr", employeeCpr).text()).hasValue(cpr);

            assertThat(database.sql("SELECT id FROM deletion_log WHERE subject_id = :s").param("s", candidate.subject().value())
                    .query(Long.class).list()).as("the original entry, once").containsExactly(erasure.id());
            assertThat(database.sql("SELECT erased_at FROM deletion_log WHERE id = :id").param("id", erasure.id())
                    .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(erasure.erasedAt());
        }
    }

    /** The real command, as {@code java -jar tillid.jar --restore=...} runs it, on another database and home. */
    private ConfigurableApplicationContext restoreCommand(Path backup, DatabaseLogin database, Path elsewhere) {
        Object personalKeys = AopTestUtils.getUltimateTargetObject(keys);
        Object master = ReflectionTestUtils.getField(personalKeys, "master");
        Path masterKeyFile = (Path) ReflectionTestUtils.invokeMethod(master, "file");
        var migrations = flyway.getConfiguration();
        return new SpringApplicationBuilder(TillidApplication.class).web(WebApplicationType.NONE).run(
                "--restore=" + backup,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword(),
                "--tillid.database.migration-user=" + migrations.getUser(),
                "--tillid.database.migration-password=" + migrations.getPassword(),
                "--tillid.home=" + elsewhere.resolve("home"),
                "--tillid.documents.directory=" + elsewhere.resolve("documents"),
                "--tillid.backup.directory=" + elsewhere.resolve("backups"),
                "--tillid.backup.key-directory=" + journal.file().getParent(),
                "--tillid.keys.master-key-file=" + masterKeyFile);
    }

    /** Every table of the restored database, as COPY writes it. */
    private static String dump(ConfigurableApplicationContext context) throws Exception {
        var owner = context.getBean(Flyway.class).getConfiguration().getDataSource();
        StringWriter dump = new StringWriter();
        try (Connection connection = owner.getConnection()) {
            for (String table : TableCopy.tables(connection).keySet()) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY \"" + table + "\" TO STDOUT", dump);
            }
        }
        return dump.toString();
    }

    /** Every table file of the backup, unpacked. */
    private static String backupText(Path backup) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(backup)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".copy.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    in.transferTo(text);
                }
            }
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    private static List<String> search(String haystack, List<String> values) {
        String lower = haystack.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        values.stream().filter(value -> lower.contains(value.toLowerCase(Locale.ROOT))).forEach(found::add);
        return found;
    }

    /** A word no one else has: letters only, so that name rules accept it. */
    private static String word() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StringBuilder letters = new StringBuilder("Q");
        hex.chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }
}
