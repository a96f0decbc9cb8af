package dk.tillid.privacy.consent;

/** Where a consent or its withdrawal came from. */
public enum ConsentChannel {
    PORTAL, WEBSITE, EMAIL, LETTER, PHONE, IN_PERSON
}
