package dk.tillid.outreach;

import dk.tillid.notification.OutgoingEmail;

/** A job alert or campaign mail with the unsubscribe address its text holds, for the List-Unsubscribe header too. */
record BulkMail(OutgoingEmail email, String unsubscribeUrl) {
}
