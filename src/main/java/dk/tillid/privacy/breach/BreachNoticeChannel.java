package dk.tillid.privacy.breach;

import dk.tillid.privacy.SubjectId;

/**
 * How a person is told of a high-risk breach (Art. 34): implemented by the module that speaks to
 * people, which knows their address. Called in the caller's transaction, so the mail is queued
 * with the notice's record, or neither is. Unlike other mail, a breach notice goes to people who
 * unregistered too: it is a legal duty towards them, not contact for the agency's sake.
 */
public interface BreachNoticeChannel {

    /** Tells the person; what came of it. */
    Outcome tell(SubjectId subject, BreachNotice notice);

    enum Outcome {
        /** Queued for the person's e-mail address. */
        SENT,
        /** The person is known but has no address a mail can go to: they must be told otherwise. */
        NO_ADDRESS,
        /** Nothing is held about this id (a mistyped id, or a person since deleted). */
        UNKNOWN
    }

    /**
     * The Art. 34(2) content, in the DPO's words: what happened, the likely consequences, the measures
     * taken, and what the person can do; the contact point is the DPO the policy names.
     */
    record BreachNotice(BreachId breach, String description, String consequences, String measures, String advice,
                        String contactEmail, String contactPhone) {
    }
}
