package dk.tillid.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How sealed entries are written and linked. A block holds consecutive entries, one per line, in a
 * canonical text form (AuditEntry guarantees no field holds a separator); its hash is SHA-256 over
 * the previous block's hash, its first position and its bytes. Changing, removing or reordering
 * anything breaks the chain from there on.
 */
final class AuditChain {

    /** The chain starts from its own random id, so that no other chain's blocks can be passed off as its own. */
    static byte[] genesis(UUID chainId) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("tillid-audit-chain/" + chainId).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
    private static final char FIELD = '\u001F';
    private static final char LIST = '\u001E';
    private static final char LINE = '\n';

    private AuditChain() {
    }

    static byte[] encode(List<AuditEntry> entries) {
        StringBuilder text = new StringBuilder(entries.size() * 120);
        for (AuditEntry entry : entries) {
            Instant at = entry.occurredAt();
            text.append(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000).append(FIELD)
                    .append(entry.actor().kind().name()).append(FIELD)
                    .append(entry.actor().id()).append(FIELD)
                    .append(entry.subject() == null ? "" : entry.subject().toString()).append(FIELD)
                    .append(String.join(String.valueOf(LIST), entry.categories())).append(FIELD)
                    .append(entry.purpose()).append(FIELD)
                    .append(entry.action().name()).append(FIELD)
                    .append(entry.detail() == null ? "" : entry.detail()).append(LINE);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<AuditEntry> decode(byte[] block) {
        List<AuditEntry> entries = new ArrayList<>();
        String text = new String(block, StandardCharsets.UTF_8);
        int start = 0;
        for (int end = text.indexOf(LINE); end >= 0; end = text.indexOf(LINE, start)) {
            String[] fields = text.substring(start, end).split(String.valueOf(FIELD), -1);
            long micros = Long.parseLong(fields[0]);
            entries.add(new AuditEntry(
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
                    new Actor(Actor.Kind.valueOf(fields[1]), fields[2]),
                    fields[3].isEmpty() ? null : UUID.fromString(fields[3]),
                    fields[4].isEmpty() ? List.of() : Arrays.asList(fields[4].split(String.valueOf(LIST))),
                    fields[5], AuditAction.valueOf(fields[6]), fields[7].isEmpty() ? null : fields[7]));
            start = end + 1;
        }
        return entries;
    }

    static byte[] link(byte[] previousHash, long firstPosition, byte[] block) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash);
            digest.update(Long.toString(firstPosition).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) FIELD);
            digest.update(block);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
