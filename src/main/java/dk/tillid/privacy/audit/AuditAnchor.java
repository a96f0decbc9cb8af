package dk.tillid.privacy.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of the chain as this instance last sealed it, kept in a file outside the database
 * ({@code <tillid.home>/audit-anchors/<chain id>}). A hash chain cannot see its newest blocks cut
 * off; the verifier compares the chain with this anchor and finds that.
 */
@Component
class AuditAnchor {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);

    record Head(long lastPosition, byte[] hash) {
    }

    private final Path directory;

    AuditAnchor(@Value("${tillid.home}") Path home) {
        this.directory = home.resolve("audit-anchors");
    }

    void record(UUID chainId, long lastPosition, byte[] hash) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(chainId.toString());
            Path draft = directory.resolve(chainId + ".new");
            Files.writeString(draft, lastPosition + " " + HexFormat.of().formatHex(hash) + "\n");
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Could not write the audit anchor: {}", e.getMessage());
        }
    }

    Optional<Head> read(UUID chainId) {
        Path file = directory.resolve(chainId.toString());
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file).strip().split(" ");
            return Optional.of(new Head(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1])));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit anchor " + file, e);
        } catch (RuntimeException damaged) {
            throw new IllegalStateException("The audit anchor " + file + " is damaged");
        }
    }
}
