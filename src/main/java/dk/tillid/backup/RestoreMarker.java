package dk.tillid.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * A file in {@code tillid.home} for as long as a restore runs. If the restore stops half-way the
 * database holds half a backup, and possibly people whose erasure is not replayed yet: the next
 * normal start finds the file and refuses, before the web server starts, until a restore completes.
 */
@Component
class RestoreMarker implements SmartInitializingSingleton {

    static final String FILE_NAME = "restore-in-progress";

    private final Path home;
    private final boolean restoring;

    RestoreMarker(@Value("${tillid.home}") Path home, ApplicationArguments arguments) {
        this.home = home.toAbsolutePath().normalize();
        this.restoring = arguments.containsOption(RestoreCommand.OPTION);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!restoring) {
            refuseIfPresent(home);
        }
    }

    /** @throws IllegalStateException if a restore began here and did not complete */
    static void refuseIfPresent(Path home) {
        Path marker = home.resolve(FILE_NAME);
        if (Files.exists(marker)) {
            throw new IllegalStateException("A restore did not complete (" + read(marker) + "; see " + marker + ")."
                    + " The database may hold half a backup, or people whose erasure is not replayed yet, so Tillid"
                    + " will not start. Run the restore again (--restore=<backup directory>) until it completes.");
        }
    }

    static void begin(Path home, String backup, Instant at) {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve(FILE_NAME), "restore of " + backup + " began at " + at + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the restore marker in " + home, e);
        }
    }

    static void complete(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> present(Path home) {
        Path marker = home.resolve(FILE_NAME);
        return Files.exists(marker) ? Optional.of(read(marker)) : Optional.empty();
    }

    private static String read(Path marker) {
        try {
            return Files.readString(marker).strip();
        } catch (IOException e) {
            return "unreadable marker";
        }
    }

    Path home() {
        return home;
    }
}
