package dk.tillid.notification;

import java.util.Optional;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;

/**
 * Asked about every bulk mail just before it leaves, in the sending transaction: the module that
 * queued it says whether its recipient still wants it (a withdrawal between queueing and sending
 * must stop it). A mail any check refuses is not sent but suppressed, with the check's reason.
 */
public interface SendingCheck {

    /** The mail about to leave: which one, about whom, what kind, to which address. */
    record Leaving(UUID id, SubjectId about, String kind, String to) {

        @Override
        public String toString() {
            return "Leaving[" + id + " " + kind + ", recipient hidden]";
        }
    }

    /** A short code saying why the mail must not leave (e.g. {@code CONSENT_WITHDRAWN}); empty if it may. */
    Optional<String> refusal(Leaving mail);
}
