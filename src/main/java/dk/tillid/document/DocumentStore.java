package dk.tillid.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The encrypted files, one per document, under random names in one directory outside any web
 * root. A file written in a transaction that rolls back is removed again; a file is deleted only
 * once the deletion of its row has committed, so neither a row without a file nor a file of a
 * refused upload is left behind.
 */
@Component
class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    DocumentStore(@Value("${tillid.documents.directory}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            if (POSIX) {
                Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The document directory cannot be created", e);
        }
    }

    /** A new random name: 128 bits, hex, never derived from anything the uploader chose. */
    static String newName() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void write(String name, byte[] sealed) {
        Path target = path(name);
        try {
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, sealed);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A document could not be stored", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteNow(name);
                    }
                }
            });
        }
    }

    byte[] read(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored document could not be read", e);
        }
    }

    /** Deletes the file when the surrounding transaction commits (at once without one). */
    void deleteAfterCommit(String name) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteCommitted(name);
                }
            });
        } else {
            deleteNow(name);
        }
    }

    /**
     * After the commit the row is gone whatever happens here: a file that cannot be deleted is logged
     * (by its random name, which says nothing of the person; it is encrypted with their key, which an
     * erasure destroys) rather than thrown, which would skip the other work that follows the commit.
     */
    private void deleteCommitted(String name) {
        try {
            deleteNow(name);
        } catch (UncheckedIOException e) {
            log.error("The stored file {} of a deleted document could not be deleted: {}", name, e.getCause().getMessage());
        }
    }

    Path directory() {
        return directory;
    }

    private void deleteNow(String name) {
        try {
            Files.deleteIfExists(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored document could not be deleted", e);
        }
    }

    private Path path(String name) {
        if (!name.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("Not a storage name");
        }
        return directory.resolve(name);
    }
}
