package dk.tillid.rights;

/** A step on a request that its rules do not allow; {@link #key()} names the message the DPO is shown. */
class RightsRefusal extends IllegalStateException {

    private final String key;

    RightsRefusal(String key, String message) {
        super(message);
        this.key = key;
    }

    String key() {
        return key;
    }
}
