package dk.tillid.privacy.requests;

/**
 * The person cannot be told of an extension the way it was to be recorded: they have no e-mail
 * address for Tillid's mail, or they have one, so Tillid mails them rather than the DPO writing, or
 * the reasons hold what looks like a CPR number, which never goes out in an e-mail.
 * Thrown by whoever tells the person (the portal) in the extending transaction; unlike a
 * {@link RequestRefusal} it rolls the extension back with it. {@link #key()} names the message the
 * DPO is shown.
 */
public class ExtensionNoticeRefused extends RuntimeException {

    private final String key;

    private ExtensionNoticeRefused(String key, String message) {
        super(message);
        this.key = key;
    }

    /** Tillid cannot mail the person: the DPO must send a letter and record it. */
    public static ExtensionNoticeRefused noMailAddress() {
        return new ExtensionNoticeRefused("request.extension.noEmail", "The person has no e-mail address to be told at");
    }

    /** The person has an e-mail address: Tillid tells them itself, so no letter is recorded instead. */
    public static ExtensionNoticeRefused hasMailAddress() {
        return new ExtensionNoticeRefused("request.extension.hasEmail", "The person is told by Tillid's mail, not by letter");
    }

    /** The reasons would be mailed and hold something shaped like a CPR number (requirement 16). */
    public static ExtensionNoticeRefused cprNumberInReason() {
        return new ExtensionNoticeRefused("request.extension.cprNumber",
                "The reasons hold something shaped like a CPR number, which is never sent by e-mail");
    }

    public String key() {
        return key;
    }
}
