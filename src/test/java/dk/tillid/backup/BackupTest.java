package dk.tillid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import dk.tillid.IntegrationTest;
import dk.tillid.platform.AgencyTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A backup is taken and proved by a restore into a scratch database; a damaged one is caught; an
 * interrupted restore keeps Tillid from starting; the administrator's page. (The backup, erase,
 * restore, replay proof is {@link BackupRestoreReplayTest}.)
 */
@IntegrationTest
class BackupTest {

    @Autowired Backups backups;
    @Autowired BackupVerifier verifier;
    @Autowired Restorer restorer;
    @Autowired KeyBackups keyBackups;
    @Autowired BackupProperties properties;
    @Autowired BackupHealth health;
    @Autowired DatabaseAccess access;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    /** The shared database keeps no backup runs of ours: the health of later tests stays as it was. */
    @AfterEach
    void forgetTheRuns() {
        jdbc.sql("DELETE FROM backup_run").update();
    }

    @Test
    void aBackupHoldsEveryTableButTheKeysAndIsProvedByARestore() throws Exception {
        BackupRuns.Run run = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();

        assertThat(run.outcome()).isEqualTo(BackupRuns.Outcome.SUCCEEDED);
        assertThat(run.verification()).as(run.problem()).isEqualTo(BackupRuns.Verification.VERIFIED);
        assertThat(run.name()).matches("backup-\\d{8}T\\d{6}Z(-\\d+)?");
        Path directory = properties.directory().resolve(run.name());
        Manifest manifest = Manifest.read(directory);
        assertThat(manifest.tables()).extracting(Manifest.TableFile::name)
                .contains("person", "candidate", "document", "deletion_log", "audit_block", "backup_run")
                .doesNotContain("person_key", "flyway_schema_history");
        assertThat(manifest.table("person").orElseThrow().rows())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single());
        assertThat(manifest.schemaVersion()).isNotBlank();
        assertThat(run.tables()).isEqualTo(manifest.tables().size());

        Path keys = keyBackups.directory().resolve(run.name());
        assertThat(Manifest.read(keys).table("person_key")).isPresent();
        assertThat(keys.resolve(KeyBackups.LOG_FILE)).exists();
        assertThat(keyBackups.directory()).isNotEqualTo(properties.directory());
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(scratchDatabases()).as("the scratch database is dropped").isZero();
    }

    @Test
    void onlyTheOwnerReadsABackupAndOnlyTheNewestKeyBackupIsKept() throws Exception {
        BackupRuns.Run first = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();
        BackupRuns.Run second = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();

        assertThat(java.nio.file.Files.getPosixFilePermissions(properties.directory().resolve(second.name())))
                .as("a backup is every person's data in clear")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(keyBackups.directory()))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(keyBackups.directory().resolve(second.name())).exists();
        assertThat(keyBackups.directory().resolve(first.name()))
                .as("an older key backup would still hold the keys of people erased since").doesNotExist();
        assertThat(properties.directory().resolve(first.name())).as("data backups are kept for their period").exists();
    }

    @Test
    void aManifestThatNamesAPathIsRefused() throws Exception {
        BackupRuns.Run run = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();
        Path copy = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "tampered-");
        copyTree(properties.directory().resolve(run.name()), copy);
        Path manifest = copy.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"name\" : \"person\"", "\"name\" : \"../../person\""));

        assertThatThrownBy(() -> Manifest.read(copy)).isInstanceOf(BackupFailure.class).hasMessageContaining("no plain name");
    }

    @Test
    void aDamagedBackupFailsItsVerificationAndAnInterruptedRestoreKeepsTillidFromStarting() throws Exception {
        BackupRuns.Run run = backups.backUp(BackupRuns.Trigger.COMMAND).orElseThrow();
        Path copy = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "damaged-");
        copyTree(properties.directory().resolve(run.name()), copy);
        try (var file = Files.newByteChannel(copy.resolve("person.copy.gz"), StandardOpenOption.WRITE)) {
            file.position(20).write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4}));
        }

        BackupVerifier.Result result = verifier.verify(copy);

        assertThat(result.verification()).isEqualTo(BackupRuns.Verification.FAILED);
        assertThat(result.problem()).contains("person", "damaged");

        // A restore of it stops before touching a database (this one does not exist), and leaves the marker.
        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "home-");
        DatabaseLogin nowhere = access.owner().onDatabase(DatabaseAccess.SCRATCH_PREFIX + "never_created");
        assertThatThrownBy(() -> restorer.restore(copy, new Restorer.Target(nowhere, home.resolve("documents"), home)))
                .isInstanceOf(BackupFailure.class).hasMessageContaining("damaged");
        assertThat(RestoreMarker.present(home)).hasValueSatisfying(text -> assertThat(text).contains(copy.getFileName().toString()));

        RestoreMarker normalStart = new RestoreMarker(home, new DefaultApplicationArguments());
        assertThatThrownBy(normalStart::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A restore did not complete").hasMessageContaining("--restore=");
        new RestoreMarker(home, new DefaultApplicationArguments("--restore=" + copy)).afterSingletonsInstantiated();
        RestoreMarker.complete(home);
        normalStart.afterSingletonsInstantiated();
    }

    @Test
    void theAdministratorSeesTheBackupsAndTakesOneNow() throws Exception {
        var posted = mvc.post().uri("/admin/backups").with(user("admin-backup").roles("ADMIN")).with(csrf()).exchange();
        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/admin/backups");
        assertThat(posted.getMvcResult().getFlashMap().get("outcome")).isEqualTo("backup.now.done");
        assertThat(backups.latest(5)).first().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo(BackupRuns.Trigger.ADMIN);
            assertThat(run.good()).isTrue();
        });

        var page = mvc.get().uri("/admin/backups?lang=en").with(user("admin-backup").roles("ADMIN")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("Backups", "Yes, restored and compared", "Administrator",
                backups.latest(1).get(0).name()).doesNotContain("backup-problem");

        assertThat(mvc.get().uri("/admin/backups").with(user("r").roles("RECRUITER")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/admin/backups").with(user("d").roles("DPO")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backups").with(user("d").roles("DPO")).with(csrf()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/backups").with(user("admin-backup").roles("ADMIN")).exchange())
                .as("no CSRF token").hasStatus(403);
    }

    @Test
    void aFailedBackupShowsOnThePageAndInTheHealth() throws Exception {
        jdbc.sql("""
                INSERT INTO backup_run (id, name, trigger, started_at, finished_at, outcome, verification, problem)
                VALUES (gen_random_uuid(), 'backup-20261129T010000Z', 'SCHEDULE', now(), now(), 'FAILED', 'NOT_VERIFIED',
                        'File error (NoSuchFileException)')""").update();

        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        var page = mvc.get().uri("/admin/backups?lang=en").with(user("admin-backup").roles("ADMIN")).exchange();
        assertThat(page.getResponse().getContentAsString()).contains("id=\"backup-problem\"", "The last backup failed.",
                "File error (NoSuchFileException)");
    }

    @Test
    void theScheduleRunsInTheAgencysTimeZone() {
        assertThat(BackupSchedule.ZONE).isEqualTo(AgencyTime.ZONE.getId());
    }

    private long scratchDatabases() {
        return jdbc.sql("SELECT count(*) FROM pg_database WHERE datname LIKE :prefix")
                .param("prefix", DatabaseAccess.SCRATCH_PREFIX + "%").query(Long.class).single();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
