package dk.tillid.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.privacy.SubjectId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Per-person keys: values bound to person and field, unreadable everywhere once the key is destroyed. */
@IntegrationTest
@Tag("repository")
class PersonalKeysTest {

    static final String FIELD = "employment.bank-account";
    static final String SECRET = "Reg.nr. 9570 konto 0012345678";

    @Autowired
    PersonalKeys keys;

    @Autowired
    WrappingKey master;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;


    @Test
    void aValueComesBackAndIsNeverStoredInClear() {
        SubjectId person = new SubjectId(UUID.randomUUID());

        byte[] ciphertext = keys.encryptText(person, FIELD, SECRET);

        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("9570", "0012345678");
        assertThat(keys.decrypt(person, FIELD, ciphertext).text()).contains(SECRET);
    }

    @Test
    void aValueCannotBeMovedToAnotherPersonOrField() {
        SubjectId first = new SubjectId(UUID.randomUUID());
        SubjectId second = new SubjectId(UUID.randomUUID());
        byte[] ciphertext = keys.encryptText(first, FIELD, SECRET);
        keys.encryptText(second, FIELD, "something of the second person's");

        assertThatThrownBy(() -> keys.decrypt(second, FIELD, ciphertext)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.decrypt(first, "employment.cpr", ciphertext)).isInstanceOf(IllegalArgumentException.class);
        byte[] altered = ciphertext.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> keys.decrypt(first, FIELD, altered)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyOpenedOnceReadsThePersonsValuesAndNoOneElses() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        SubjectId other = new SubjectId(UUID.randomUUID());
        byte[] bank = keys.encryptText(person, FIELD, SECRET);
        byte[] cpr = keys.encryptText(person, "employment.cpr", "140385-1237");
        byte[] someoneElses = keys.encryptText(other, FIELD, SECRET);

        PersonalKeys.OpenedKey opened = keys.open(person);

        assertThat(opened.decrypt(FIELD, bank).text()).contains(SECRET);
        assertThat(opened.decrypt("employment.cpr", cpr).text()).contains("140385-1237");
        assertThatThrownBy(() -> opened.decrypt(FIELD, someoneElses)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opened.decrypt("employment.cpr", bank)).isInstanceOf(IllegalArgumentException.class);
        keys.destroy(person);
        assertThat(keys.open(person).decrypt(FIELD, bank).isErased()).isTrue();
        assertThat(keys.open(new SubjectId(UUID.randomUUID())).decrypt(FIELD, bank).isErased()).isTrue();
    }

    @Test
    void everyPersonHasTheirOwnKey() {
        SubjectId first = new SubjectId(UUID.randomUUID());
        SubjectId second = new SubjectId(UUID.randomUUID());
        keys.encryptText(first, FIELD, SECRET);
        keys.encryptText(second, FIELD, SECRET);

        List<byte[]> wrapped = jdbc.sql("SELECT wrapped_key FROM person_key WHERE subject_id IN (:a, :b)")
                .param("a", first.value()).param("b", second.value())
                .query((row, n) -> row.getBytes(1)).list();
        assertThat(wrapped).hasSize(2);
        assertThat(wrapped.get(0)).isNotEqualTo(wrapped.get(1));
    }

    @Test
    void aDestroyedKeyLeavesOnlyUnreadableBytesInTheTables() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        owner.sql("CREATE TABLE IF NOT EXISTS sensitive_fixture (subject_id uuid, field text, value bytea)").update();
        owner.sql("GRANT SELECT, INSERT ON sensitive_fixture TO PUBLIC").update();
        try {
            jdbc.sql("INSERT INTO sensitive_fixture VALUES (:s, :f, :v)").param("s", person.value()).param("f", FIELD)
                    .param("v", keys.encryptText(person, FIELD, SECRET)).update();

            keys.destroy(person);

            byte[] raw = jdbc.sql("SELECT value FROM sensitive_fixture WHERE subject_id = :s").param("s", person.value())
                    .query(byte[].class).single();
            assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("9570", "0012345678");
            assertThat(HexFormat.of().formatHex(raw)).doesNotContain(HexFormat.of().formatHex("0012345678".getBytes()));
            Optional<byte[]> wrapped = jdbc.sql("SELECT wrapped_key FROM person_key WHERE subject_id = :s")
                    .param("s", person.value()).query((row, n) -> Optional.ofNullable(row.getBytes(1))).single();
            assertThat(wrapped).as("the key itself is gone from the table").isEmpty();
            Decrypted afterwards = keys.decrypt(person, FIELD, raw);
            assertThat(afterwards.isErased()).isTrue();
            assertThat(afterwards.text()).isEmpty();
            assertThat(keys.isErased(person)).isTrue();
            assertThatThrownBy(() -> keys.encryptText(person, FIELD, "new data"))
                    .isInstanceOf(PersonalKeys.ErasedPersonException.class);
        } finally {
            owner.sql("DROP TABLE IF EXISTS sensitive_fixture").update();
        }
    }

    @Test
    void theMasterKeyLivesInAFileOnlyItsOwnerCanReadNotInTheDatabase() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(master.file()))).isEqualTo("rw-------");
        String keyset = Files.readString(master.file());
        String keyMaterial = keyset.replaceAll("(?s).*\"value\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(keyMaterial).hasSizeGreaterThan(20);
        String everything = jdbc.sql("SELECT coalesce(string_agg(encode(wrapped_key, 'base64'), ''), '') FROM person_key")
                .query(String.class).single();
        assertThat(everything.replace("\n", "")).doesNotContain(keyMaterial);
    }

    @Test
    void rotatingTheMasterKeyRewrapsTheDataKeysAndLeavesTheDataAlone() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        byte[] ciphertext = keys.encryptText(person, FIELD, SECRET);
        int oldMaster = master.primaryKeyId();

        master.rotate();
        PersonalKeys.Rewrapping result = keys.rewrapAll();

        assertThat(master.primaryKeyId()).isNotEqualTo(oldMaster);
        assertThat(result.rewrapped()).isPositive();
        assertThat(result.unreadable()).isZero();
        Integer wrappedBy = jdbc.sql("SELECT master_key_id FROM person_key WHERE subject_id = :s")
                .param("s", person.value()).query(Integer.class).single();
        assertThat(wrappedBy).isEqualTo(master.primaryKeyId());
        assertThat(keys.decrypt(person, FIELD, ciphertext).text()).as("the same ciphertext still reads").contains(SECRET);
        assertThat(keys.rewrapAll().rewrapped()).as("nothing left to re-wrap").isZero();
    }

    @Test
    void anInstanceReadsAKeyFileAnotherInstanceRotated(@TempDir Path home) throws Exception {
        Path file = home.resolve("master-key.json");
        WrappingKey first = WrappingKey.fromFile(file);
        WrappingKey second = WrappingKey.fromFile(file);
        Thread.sleep(20); // file times must differ

        first.rotate();

        assertThat(second.primaryKeyId()).as("the second instance sees the new primary").isEqualTo(first.primaryKeyId());
    }

    @Test
    void aMissingKeyFileIsCreatedWithAFreshKey(@TempDir Path home) throws Exception {
        Path file = home.resolve("master-key.json");

        WrappingKey created = WrappingKey.fromFile(file);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(WrappingKey.fromFile(file).primaryKeyId()).isEqualTo(created.primaryKeyId());
    }

    @Test
    void aKeyFromTheEnvironmentIsCheckedAndCannotRotateItself() throws Exception {
        assertThatThrownBy(() -> WrappingKey.fromKeyset("not a keyset")).hasMessageContaining("not a valid Tink keyset");

        WrappingKey fromEnvironment = WrappingKey.fromKeyset(Files.readString(master.file()));

        assertThatThrownBy(fromEnvironment::rotate).hasMessageContaining("put a keyset with a new primary key there");
    }
}
