package dk.tillid.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and its unpacked binaries.
 *
 * @param dataDirectory the cluster's data directory; survives restarts
 * @param binariesDirectory where the PostgreSQL binaries are unpacked; must not contain the data directory
 * @param port a fixed port, or 0 for a free one at each start
 * @param ephemeral start from an empty directory and delete it on close (for tests)
 */
@ConfigurationProperties("tillid.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, Path binariesDirectory, int port, boolean ephemeral) {
}
