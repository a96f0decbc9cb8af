package dk.tillid.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master key: it wraps every person's data key. It never enters the database (nor, therefore,
 * its backups): it comes from the environment ({@code TILLID_MASTER_KEY}, a Tink JSON keyset) or from
 * a file beside the data directory, created on the first start and readable by its owner only.
 * Rotation adds a new primary key and keeps the old ones, so that older wraps (and backups) stay
 * readable until every data key has been re-wrapped.
 */
final class WrappingKey {

    private static final Logger log = LoggerFactory.getLogger(WrappingKey.class);

    private final Path file;
    private volatile KeysetHandle keyset;
    private volatile FileTime loadedVersion;

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private WrappingKey(KeysetHandle keyset, Path file) {
        this.keyset = keyset;
        this.file = file;
        this.loadedVersion = modified(file);
    }

    /** From the environment's keyset; it cannot rotate itself, the operator replaces it. */
    static WrappingKey fromKeyset(String json) {
        try {
            return new WrappingKey(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TILLID_MASTER_KEY is not a valid Tink keyset", e);
        }
    }

    /** From the file, which is created with a new key on the first start. */
    static WrappingKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                KeysetHandle fresh = KeysetHandle.newBuilder()
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                .withRandomId().makePrimary())
                        .build();
                write(file, fresh);
                log.warn("""

                        ****************************************************************************
                          A new master key was created in {}
                          Back it up now, and keep the backup APART from the database backups:
                          without it no encrypted personal data can ever be read again; with it
                          beside the database, a stolen backup could be.
                        ****************************************************************************""", file);
            }
            return new WrappingKey(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                    InsecureSecretKeyAccess.get()), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key file " + file + " is not a valid Tink keyset", e);
        }
    }

    Aead aead() {
        reloadIfRotated();
        try {
            return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key cannot encrypt", e);
        }
    }

    /** The key file, or null when the key comes from the environment. */
    Path file() {
        return file;
    }

    int primaryKeyId() {
        reloadIfRotated();
        return keyset.getPrimary().getId();
    }

    /** Another instance (or the rotation command) may have added a key to the shared file. */
    private void reloadIfRotated() {
        FileTime current = modified(file);
        if (current == null || current.equals(loadedVersion)) {
            return;
        }
        synchronized (this) {
            if (current.equals(loadedVersion)) {
                return;
            }
            try {
                keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
                loadedVersion = current;
                log.info("The master key file changed; its keys are loaded");
            } catch (IOException | GeneralSecurityException e) {
                log.error("The changed master key file {} cannot be read; keeping the keys loaded before", file);
                loadedVersion = current;
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Adds a new primary key to the file; the old ones stay, to unwrap what they wrapped. */
    void rotate() {
        if (file == null) {
            throw new IllegalStateException("The master key comes from TILLID_MASTER_KEY: put a keyset with a new"
                    + " primary key there, then run --rotate-master-key to re-wrap the data keys.");
        }
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId().makePrimary().setStatus(KeyStatus.ENABLED));
            KeysetHandle rotated = builder.build();
            write(file, rotated);
            keyset = rotated;
            loadedVersion = modified(file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a new master key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the master key file " + file, e);
        }
    }

    private static void write(Path file, KeysetHandle keyset) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path draft = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(draft);
        Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(draft, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String toString() {
        return "WrappingKey[hidden]";
    }
}
