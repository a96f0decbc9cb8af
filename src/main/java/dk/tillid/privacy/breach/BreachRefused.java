package dk.tillid.privacy.breach;

/** A breach step that cannot be taken; {@code key} is the message that tells the DPO why. */
public class BreachRefused extends RuntimeException {

    private final String key;

    BreachRefused(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
