package dk.tillid.privacy.consent;

/**
 * A protected category (special-category data, criminal records, the CPR number) was about to be
 * stored without the person's explicit consent and without a recorded legal basis.
 */
public class MissingGroundsException extends RuntimeException {

    public MissingGroundsException(String message) {
        super(message);
    }
}
