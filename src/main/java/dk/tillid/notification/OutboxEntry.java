package dk.tillid.notification;

import java.time.Instant;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;

/**
 * A mail in the outbox as an administrator sees it in the list: without its text, which is read
 * one mail at a time ({@link Notifications#open(UUID)}) so that each reading is audited.
 *
 * @param about     the person it is to or about, or {@code null}
 * @param lastError the exception class of the last failed attempt, never its message
 */
public record OutboxEntry(UUID id, SubjectId about, String kind, String to, String subject, Status status,
                          Instant createdAt, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        SENT,
        /** Not sent because no SMTP server is configured; an administrator can read it in the app. */
        HELD,
        /** Given up after the last attempt. */
        FAILED,
        /** Bulk mail not sent because, when it was about to leave, its recipient no longer wanted it. */
        SUPPRESSED
    }

    /** One mail with its text. */
    public record Opened(OutboxEntry entry, String text) {

        @Override
        public String toString() {
            return "Opened[" + entry + ", text hidden]";
        }
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + id + " " + kind + " " + status + ", recipient and subject hidden]";
    }
}
