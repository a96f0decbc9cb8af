package dk.tillid.privacy.retention;

/** A legal hold that cannot be placed or lifted; {@code key} is the message that tells the DPO why. */
public class LegalHoldRefused extends RuntimeException {

    private final String key;

    LegalHoldRefused(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
