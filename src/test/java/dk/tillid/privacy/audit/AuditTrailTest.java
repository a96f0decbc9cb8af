package dk.tillid.privacy.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail records every read and change, refuses what the policy forbids, and cannot be altered unnoticed. */
@IntegrationTest
@Tag("repository")
@WithMockUser(username = "recruiter-audit", roles = "RECRUITER")
class AuditTrailTest {

    @Autowired
    Persons persons;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditRepository repository;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    java.time.Clock clock;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    TransactionTemplate transactions;

    private final DanishPeople people = new DanishPeople(UUID.randomUUID().getLeastSignificantBits());

    @Test
    void aReadIsRecordedWithWhoWhoseWhichCategoriesAndWhyButNoValues() {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        PersonId id = persons.register(generated, PurposeId.SUITABILITY);

        persons.get(id, PurposeId.JOB_MATCHING);
        audit.flush();

        List<AuditRepository.Sealed> trail = trailOf(id);
        assertThat(trail).extracting(row -> row.entry().action()).containsExactly(AuditAction.READ, AuditAction.CREATE);
        AuditEntry read = trail.get(0).entry();
        assertThat(read.actor()).isEqualTo(Actor.staff("recruiter-audit"));
        assertThat(read.categories()).containsExactly("P-DATA-1", "P-DATA-REL");
        assertThat(read.purpose()).isEqualTo("P-PUR-1");
        assertThat(trail.get(1).entry().purpose()).isEqualTo("P-PUR-3");
        String everything = jdbc.sql("SELECT string_agg(convert_from(entries, 'UTF8') || array_to_string(actors, ' '), ' ')"
                        + " FROM audit_block WHERE subjects @> ARRAY[CAST(:id AS uuid)]")
                .param("id", id.value().toString()).query(String.class).single();
        assertThat(everything).doesNotContain(generated.name().givenName(), generated.name().familyName(),
                generated.contact().email());
    }

    @Test
    void aChangeIsRecordedInItsOwnTransactionAndVanishesWithIt() {
        PersonId[] kept = new PersonId[1];
        PersonId[] rolledBack = new PersonId[1];
        transactions.executeWithoutResult(status -> kept[0] = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY));
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
            status.setRollbackOnly();
        });
        audit.flush();

        assertThat(trailOf(kept[0])).extracting(row -> row.entry().action()).containsExactly(AuditAction.CREATE);
        assertThat(trailOf(rolledBack[0])).isEmpty();
    }

    @Test
    void aChangeCannotBeRecordedOutsideATransaction() {
        assertThatThrownBy(() -> audit.change(PersonId.random().subject(), PurposeId.SUITABILITY, AuditAction.UPDATE, "P-DATA-1"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aReadOutsideThePolicyIsRefusedAndTheRefusalRecorded() {
        PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);

        assertThatThrownBy(() -> persons.get(id, PurposeId.WEBSITE))
                .isInstanceOf(PurposeNotAllowedException.class)
                .hasMessage("The policy does not allow purpose P-PUR-WEB to use data category P-DATA-1");
        audit.flush();

        AuditEntry refusal = trailOf(id).get(0).entry();
        assertThat(refusal.action()).isEqualTo(AuditAction.REFUSED);
        assertThat(refusal.purpose()).isEqualTo("P-PUR-WEB");
        assertThat(refusal.categories()).containsExactly("P-DATA-1");
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorRemoveTheTrail() {
        persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_block SET actors = '{}'").update())
                .rootCause().hasMessageContaining("permission denied for table audit_block");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_block").update())
                .rootCause().hasMessageContaining("permission denied for table audit_block");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_block").update())
                .rootCause().hasMessageContaining("permission denied for table audit_block");
    }

    @Test
    void theApplicationRoleCannotSlipABlockIntoTheChain() {
        persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO audit_block (first_position, last_position, sealed_at, subjects, actors, entries,
                          previous_hash, hash) VALUES (1, 1, now(), '{}', '{x}', '\\x00', '\\x00', '\\x00')""").update())
                .rootCause().hasMessageContaining("An audit block must continue the chain");
    }

    @Test
    void anEntryThatCouldForgeALineIsRefusedWhereItIsMade() {
        assertThatThrownBy(() -> new AuditEntry(java.time.Instant.now(), Actor.staff("evil\nSTAFF"), null,
                List.of("P-DATA-1"), "P-PUR-3", AuditAction.READ, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(java.time.Instant.now(), Actor.staff("someone"), null,
                List.of("P-DATA-1\u001Fx"), "P-PUR-3", AuditAction.READ, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evenTheOwnerIsStoppedByTheTrigger() {
        persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();

        assertThatThrownBy(() -> owner().sql("UPDATE audit_block SET actors = '{}'").update())
                .rootCause().hasMessageContaining("The audit trail is append-only");
    }

    @Test
    void aChangedEntryIsFoundAtItsBlock() {
        PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();
        long position = trailOf(id).get(0).position();
        assertThat(verifier.verify().intact()).isTrue();

        long first = tamperWithBlockOf(position, "UPDATE audit_block SET entries = convert_to(replace(convert_from(entries,"
                + " 'UTF8'), 'P-PUR-3', 'P-PUR-7'), 'UTF8') WHERE first_position = :first");
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(first);
            assertThat(result.problem()).isEqualTo(AuditVerifier.Break.CHANGED);
            assertThat(result.rowsChecked()).isEqualTo(first - 1);
        } finally {
            restore();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void hidingAPersonFromTheIndexIsFoundToo() {
        PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();
        long position = trailOf(id).get(0).position();

        long first = tamperWithBlockOf(position, "UPDATE audit_block SET subjects = array_remove(subjects, CAST('"
                + id + "' AS uuid)) WHERE first_position = :first");
        try {
            assertThat(trailOf(id)).as("the person no longer shows").isEmpty();
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.brokenAt()).isEqualTo(first);
            assertThat(result.problem()).isEqualTo(AuditVerifier.Break.CHANGED);
        } finally {
            restore();
        }
    }

    @Test
    void aRemovedBlockIsFoundAtItsPosition() {
        PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();
        long position = trailOf(id).get(0).position();
        persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();

        long first = tamperWithBlockOf(position, "DELETE FROM audit_block WHERE first_position = :first");
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.brokenAt()).isEqualTo(first);
            assertThat(result.problem()).isEqualTo(AuditVerifier.Break.MISSING);
        } finally {
            restore();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void cuttingOffTheNewestRowsIsFoundToo() {
        PersonId id = persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        audit.flush();
        long position = trailOf(id).get(0).position();

        long first = tamperWithBlockOf(position, "DELETE FROM audit_block WHERE first_position >= :first");
        try {
            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.brokenAt()).isEqualTo(first);
            assertThat(result.problem()).isEqualTo(AuditVerifier.Break.MISSING);
        } finally {
            restore();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theCommandReportsAnIntactChainWithExitCodeZero() {
        persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);

        command.run(new DefaultApplicationArguments("--verify-audit"));

        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void manyConcurrentReadersAndWritersLeaveOneUnbrokenChain() throws Exception {
        List<PersonId> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(persons.register(people.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY));
        }
        audit.flush();
        long before = repository.head(sealer.chainId()).lastPosition();
        java.time.Instant start = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    if (i % 5 == 0) {
                        // Each thread changes its own person: concurrent changes of one person are refused by design.
                        persons.recordContact(ids.get(thread), ContactEvent.Kind.CALL, null, PurposeId.SUITABILITY);
                    } else {
                        persons.get(ids.get((thread * 50 + i) % ids.size()), PurposeId.SUITABILITY);
                    }
                }
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        audit.flush();

        // Count this test's own entries (its people, from its start): scheduled work of other modules may
        // add entries meanwhile, and the registrations' entries may be sealed late.
        long ours = ids.stream().mapToLong(id -> repository.newest(java.util.Optional.of(id.value()), java.util.Optional.empty(),
                Long.MAX_VALUE, 1000).stream().filter(sealed -> sealed.position() > before)
                .filter(sealed -> !sealed.entry().occurredAt().isBefore(start)).count()).sum();
        assertThat(ours).isEqualTo(6 * 50);
        assertThat(repository.head(sealer.chainId()).lastPosition() - before).isGreaterThanOrEqualTo(6 * 50);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private List<AuditRepository.Sealed> trailOf(PersonId id) {
        return repository.newest(java.util.Optional.of(id.value()), java.util.Optional.empty(), Long.MAX_VALUE, 100);
    }

    /**
     * As the schema owner, with the append-only trigger switched off: what an attacker with owner
     * rights could do to the block that holds {@code position}. The block is saved first, for {@link #restore()}.
     */
    private long tamperWithBlockOf(long position, String statement) {
        JdbcClient owner = owner();
        long first = owner.sql("SELECT first_position FROM audit_block WHERE :p BETWEEN first_position AND last_position")
                .param("p", position).query(Long.class).single();
        owner.sql("CREATE TABLE saved_block AS SELECT * FROM audit_block WHERE first_position >= " + first).update();
        owner.sql("ALTER TABLE audit_block DISABLE TRIGGER audit_block_append_only_rows").update();
        try {
            owner.sql(statement).param("first", first).update();
        } finally {
            owner.sql("ALTER TABLE audit_block ENABLE TRIGGER audit_block_append_only_rows").update();
        }
        return first;
    }

    private void restore() {
        JdbcClient owner = owner();
        owner.sql("ALTER TABLE audit_block DISABLE TRIGGER audit_block_append_only_rows").update();
        try {
            owner.sql("DELETE FROM audit_block WHERE first_position IN (SELECT first_position FROM saved_block)").update();
            owner.sql("INSERT INTO audit_block SELECT * FROM saved_block").update();
            owner.sql("DROP TABLE saved_block").update();
        } finally {
            owner.sql("ALTER TABLE audit_block ENABLE TRIGGER audit_block_append_only_rows").update();
        }
    }

    private JdbcClient owner() {
        return JdbcClient.create(flyway.getConfiguration().getDataSource());
    }
}
