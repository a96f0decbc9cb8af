package dk.tillid.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of a sealed audit row: SHA-256 over the previous row's hash, the row's position and
 * every field. Changing, removing or reordering a row breaks the chain from there on.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];
    private static final char SEPARATOR = '\u001F';

    private AuditChain() {
    }

    static byte[] link(byte[] previousHash, long position, AuditEntry entry) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                HexFormat.of().formatHex(previousHash),
                Long.toString(position),
                Long.toString(entry.occurredAt().getEpochSecond() * 1_000_000 + entry.occurredAt().getNano() / 1_000),
                entry.actor().kind().name(),
                entry.actor().id(),
                entry.subject() == null ? "-" : entry.subject().toString(),
                String.join(",", entry.categories()),
                entry.purpose(),
                entry.action().name(),
                entry.detail() == null ? "-" : entry.detail());
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
