/**
 * Consents as facts (who agreed to what wording, for which purpose, through which channel, when;
 * and when they withdrew), recorded legal bases, and the gate that keeps protected categories out
 * of the database without either.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.consent;
