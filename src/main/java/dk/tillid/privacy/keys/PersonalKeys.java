package dk.tillid.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dk.tillid.privacy.SubjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts and decrypts a person's sensitive fields and files with that person's own data key
 * (AES-256-GCM). The person and the field are bound into every ciphertext as associated data, so a
 * value cannot be moved to another person or another field. A key is made on first need; destroying
 * it is the last step of an erasure, after which the person's encrypted data reads as
 * {@link Decrypted#isErased() erased}. A database backup still holds the wrapped key: a restore must
 * replay the deletion log before serving anyone (issue T6), as the master key that unwraps it remains.
 */
@Service
public class PersonalKeys {

    private static final int REWRAP_BATCH = 500;

    private final KeyRepository repository;
    private final WrappingKey master;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalKeys(KeyRepository repository, WrappingKey master, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.master = master;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws ErasedPersonException if the person's key was destroyed: nothing new is stored about them */
    public byte[] encrypt(SubjectId subject, String field, byte[] plaintext) {
        try {
            return dataKey(subject).encrypt(plaintext, associatedData(subject, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public byte[] encryptText(SubjectId subject, String field, String plaintext) {
        return encrypt(subject, field, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The value, or {@link Decrypted#isErased() erased} if the person's key is gone.
     *
     * @throws IllegalArgumentException if the ciphertext belongs to another person or field, or was altered
     */
    public Decrypted decrypt(SubjectId subject, String field, byte[] ciphertext) {
        return open(subject).decrypt(field, ciphertext);
    }

    /**
     * The person's key, read and unwrapped once, for decrypting many of their values in one go (an
     * export with every document and field): one key lookup instead of one per value. It is held
     * only for the work at hand, and reads as erased if the key was already destroyed.
     */
    public OpenedKey open(SubjectId subject) {
        var stored = repository.find(subject.value());
        if (stored.isEmpty() || stored.get().destroyed()) {
            return new OpenedKey(subject, null);
        }
        try {
            return new OpenedKey(subject, unwrap(subject, stored.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(OpenedKey.NOT_THIS_VALUE);
        }
    }

    /** One person's opened key: decrypts that person's values, or reads them all as erased. */
    public static final class OpenedKey {

        static final String NOT_THIS_VALUE = "This value does not belong to this person and field, or was altered";

        private final SubjectId subject;
        private final Aead key;

        private OpenedKey(SubjectId subject, Aead key) {
            this.subject = subject;
            this.key = key;
        }

        /** @throws IllegalArgumentException if the ciphertext belongs to another person or field, or was altered */
        public Decrypted decrypt(String field, byte[] ciphertext) {
            if (key == null) {
                return Decrypted.erased();
            }
            try {
                return Decrypted.of(key.decrypt(ciphertext, associatedData(subject, field)));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException(NOT_THIS_VALUE);
            }
        }
    }

    /** Crypto-shredding: every value encrypted for this person becomes unreadable, everywhere. */
    public void destroy(SubjectId subject) {
        repository.destroy(subject.value(), clock.instant());
    }

    /** {@link #destroy} for many people at once. */
    public void destroyAll(Collection<SubjectId> subjects) {
        repository.destroyAll(subjects.stream().map(SubjectId::value).toArray(UUID[]::new), clock.instant());
    }

    public boolean isErased(SubjectId subject) {
        return repository.find(subject.value()).map(KeyRepository.StoredKey::destroyed).orElse(false);
    }

    /** What a re-wrapping did; {@code unreadable} keys no master key in the keyset can unwrap. */
    public record Rewrapping(int rewrapped, int unreadable) {
    }

    /**
     * Re-wraps every data key not yet wrapped by the master key's current primary key. The data
     * itself is not touched: it stays encrypted with the same data keys.
     */
    public Rewrapping rewrapAll() {
        int primary = master.primaryKeyId();
        int[] counts = new int[2];
        UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's (unsigned) order
        List<KeyRepository.StoredKey> batch;
        do {
            batch = repository.wrappedByOtherThan(primary, after, REWRAP_BATCH);
            List<KeyRepository.StoredKey> current = batch;
            transactions.executeWithoutResult(status -> current.forEach(key -> {
                SubjectId subject = new SubjectId(key.subject());
                try {
                    counts[0] += repository.rewrap(key, wrap(subject, unwrapHandle(subject, key)), primary) ? 1 : 0;
                } catch (IllegalStateException unwrappable) {
                    counts[1]++;
                }
            }));
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).subject();
            }
        } while (batch.size() == REWRAP_BATCH);
        return new Rewrapping(counts[0], counts[1]);
    }

    private Aead dataKey(SubjectId subject) throws GeneralSecurityException {
        var stored = repository.find(subject.value());
        if (stored.isEmpty()) {
            KeysetHandle fresh = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            repository.insertIfAbsent(subject.value(), wrap(subject, fresh), master.primaryKeyId(), clock.instant());
            stored = repository.find(subject.value());
        }
        if (stored.orElseThrow().destroyed()) {
            throw new ErasedPersonException();
        }
        return unwrap(subject, stored.get());
    }

    private Aead unwrap(SubjectId subject, KeyRepository.StoredKey key) throws GeneralSecurityException {
        return unwrapHandle(subject, key).getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private KeysetHandle unwrapHandle(SubjectId subject, KeyRepository.StoredKey key) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), master.aead(), keyAssociatedData(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key cannot be unwrapped: the master key does not match it", e);
        }
    }

    private byte[] wrap(SubjectId subject, KeysetHandle dataKey) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(), keyAssociatedData(subject));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A data key cannot be wrapped", e);
        }
    }

    private static byte[] associatedData(SubjectId subject, String field) {
        return ("tillid/data/" + subject + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAssociatedData(SubjectId subject) {
        return ("tillid/key/" + subject).getBytes(StandardCharsets.UTF_8);
    }

    /** Nothing new may be encrypted for a person whose key was destroyed. */
    public static class ErasedPersonException extends RuntimeException {

        ErasedPersonException() {
            super("This person's data was erased; nothing new can be stored about them");
        }
    }
}
