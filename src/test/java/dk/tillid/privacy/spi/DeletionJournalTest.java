package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deletion-log entry, from one erasure or the sweep's batch, reaches the journal outside the
 * database once its transaction commits, as the database holds it (id and time included); a
 * rolled-back erasure does not.
 */
@IntegrationTest
@WithMockUser(username = "recruiter-journal", roles = "RECRUITER")
class DeletionJournalTest {

    @Autowired DeletionJournal journal;
    @Autowired PersonalData personalData;
    @Autowired Persons persons;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void oneErasureAndABatchAreJournalledAsLoggedAndARolledBackOneIsNot() {
        PersonId one = person();
        PersonId two = person();
        PersonId three = person();
        PersonId undone = person();

        transactions.executeWithoutResult(status -> personalData.erase(one.subject(),
                ErasurePlan.deleteEverything().keep("P-DATA-REL", "legal hold", LocalDate.of(2031, 12, 31)), "P-RIGHT-3"));
        transactions.executeWithoutResult(status -> personalData.eraseAll(Map.of(two.subject(), "P-RET-1",
                three.subject(), "P-RET-1")));
        transactions.executeWithoutResult(status -> {
            personalData.erase(undone.subject(), ErasurePlan.deleteEverything(), "P-RIGHT-3");
            status.setRollbackOnly();
        });

        List<DeletionLog.Entry> journalled = journal.read();
        for (PersonId person : List.of(one, two, three)) {
            DeletionLog.Entry logged = logged(person.subject());
            assertThat(journalled).as("the journal's copy").filteredOn(entry -> entry.subject().equals(person.subject()))
                    .containsExactly(logged);
        }
        assertThat(logged(one.subject()).kept()).containsExactly("P-DATA-REL until 2031-12-31");
        assertThat(logged(two.subject()).keyDestroyed()).isTrue();
        assertThat(journalled).noneMatch(entry -> entry.subject().equals(undone.subject()));
    }

    private DeletionLog.Entry logged(SubjectId subject) {
        return jdbc.sql("SELECT id FROM deletion_log WHERE subject_id = :s").param("s", subject.value())
                .query(Long.class).optional().flatMap(this::latestWithId)
                .orElseThrow(() -> new AssertionError("not in the deletion log"));
    }

    private java.util.Optional<DeletionLog.Entry> latestWithId(long id) {
        return jdbc.sql("SELECT * FROM deletion_log WHERE id = :id").param("id", id)
                .query((rs, row) -> new DeletionLog.Entry(rs.getLong("id"), new SubjectId(rs.getObject("subject_id", UUID.class)),
                        List.of((String[]) rs.getArray("deleted").getArray()), List.of((String[]) rs.getArray("kept").getArray()),
                        rs.getString("rule"), rs.getBoolean("key_destroyed"), rs.getTimestamp("erased_at").toInstant()))
                .optional();
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Journal", "Østergaard"),
                new ContactDetails(UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }

    @Test
    void everyInstancesJournalIsReadOnceEachAndALineCutShortAtTheEndIsSkipped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        DeletionLog.Entry first = new DeletionLog.Entry(1, new SubjectId(UUID.randomUUID()), List.of("P-DATA-1"), List.of(),
                "P-RET-1", true, java.time.Instant.parse("2026-01-01T03:15:00Z"));
        DeletionLog.Entry second = new DeletionLog.Entry(2, new SubjectId(UUID.randomUUID()), List.of("P-DATA-2"), List.of(),
                "P-RIGHT-3", true, java.time.Instant.parse("2026-01-02T10:00:00Z"));
        DeletionJournal.appendTo(directory.resolve("deletion-journal-host-a.jsonl"), List.of(first));
        DeletionJournal.appendTo(directory.resolve("deletion-journal-host-b.jsonl"), List.of(second, first));
        java.nio.file.Files.writeString(directory.resolve("deletion-journal-host-b.jsonl"), "{\"id\":3,\"subj",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(new DeletionJournal(directory).read()).as("both instances' files, each entry once, in log order")
                .containsExactly(first, second);
        assertThat(java.nio.file.Files.getPosixFilePermissions(directory.resolve("deletion-journal-host-a.jsonl")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        java.nio.file.Files.writeString(directory.resolve("deletion-journal-host-b.jsonl"), "\n{\"id\":4}\n",
                java.nio.file.StandardOpenOption.APPEND);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DeletionJournal(directory).read())
                .as("a bad line before the last is no power cut: the restore stops and names it")
                .hasMessageContaining("Line 3");
    }
}
