package dk.tillid.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tillid.backup.*}. The key directory is not here: the deletion journal resolves it once,
 * and the backups use the journal's (see {@link KeyBackups}).
 *
 * @param directory where the data backups go, one directory each
 * @param schedule Spring cron in Danish time, "-" for none
 * @param keep how long a backup is kept
 * @param staleAfter the health turns DOWN when the newest good backup is older
 * @param verifyUrl a JDBC URL of a server on which scratch databases may be created; empty for the
 *                  database's own server
 */
@ConfigurationProperties("tillid.backup")
record BackupProperties(Path directory, String schedule, Period keep, Duration staleAfter, String verifyUrl,
                        String verifyUser, String verifyPassword) {

    BackupProperties {
        directory = directory.toAbsolutePath().normalize();
    }
}
