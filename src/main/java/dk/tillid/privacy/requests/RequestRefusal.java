package dk.tillid.privacy.requests;

/** A step the rules of Art. 12 do not allow; {@link #key()} names the message the DPO is shown. */
public class RequestRefusal extends IllegalArgumentException {

    private final String key;

    RequestRefusal(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
