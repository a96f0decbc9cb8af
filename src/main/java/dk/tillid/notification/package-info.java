/**
 * E-mail to the people the agency works with: queued in an outbox inside the transaction that
 * decides to write, sent after it commits, retried, held for an administrator when no SMTP server
 * is configured, and deleted after a short retention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"platform", "policy", "privacy", "privacy.spi", "privacy.audit", "privacy.keys"})
package dk.tillid.notification;
