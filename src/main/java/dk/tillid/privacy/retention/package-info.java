/**
 * Retention: which of the policy's rules applies to each category of a person's data, and the day
 * it is due for deletion, counted from dates the modules know (last contact, last employment).
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.retention;
