package dk.tillid.client;

import java.nio.charset.StandardCharsets;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.platform.CprShape;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail to a business contact at a client, through the outbox. The payload is a plain text whose
 * file name becomes the subject line; the mail is kept with the person it is about, so erasing them
 * erases it too.
 */
final class ClientMailChannel implements DisclosureChannel {

    static final String WITHHELD = "[CPR-nummer udeladt / CPR number withheld]";

    private final BusinessContact to;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    private ClientMailChannel(BusinessContact to, Notifications notifications, TransactionTemplate transaction) {
        this.to = to;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "e-mail to the client";
    }

    @Override
    public void deliver(DisclosureRequest request, Payload payload) {
        if (!payload.mediaType().startsWith("text/plain")) {
            throw new IllegalArgumentException("Only plain text goes to a client by e-mail");
        }
        // Requirement 16: a CPR number never goes by e-mail, not even on an extract a client may see.
        OutgoingEmail email = new OutgoingEmail(request.subject(), "CLIENT_DISCLOSURE", to.email(),
                CprShape.withheld(payload.filename(), WITHHELD),
                CprShape.withheld(new String(payload.content(), StandardCharsets.UTF_8), WITHHELD));
        transaction.executeWithoutResult(status -> notifications.send(email));
    }

    @Component
    static class Factory {

        private final Notifications notifications;
        private final TransactionTemplate transaction;

        Factory(Notifications notifications, PlatformTransactionManager transactions) {
            this.notifications = notifications;
            this.transaction = new TransactionTemplate(transactions);
        }

        ClientMailChannel to(BusinessContact contact) {
            return new ClientMailChannel(contact, notifications, transaction);
        }
    }
}
