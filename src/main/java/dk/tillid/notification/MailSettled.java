package dk.tillid.notification;

import java.util.UUID;

/**
 * Published in the sending transaction when a bulk mail is settled for good (sent, failed, held or
 * suppressed), so that the module that queued it can keep its record per recipient. Ids only.
 *
 * @param reason why it was suppressed, or the failure's exception class; null when sent
 */
public record MailSettled(UUID id, String kind, OutboxEntry.Status status, String reason) {
}
