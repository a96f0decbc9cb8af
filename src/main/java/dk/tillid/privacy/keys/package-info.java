/**
 * Per-person data keys (crypto-shredding): sensitive fields and files are encrypted with a key of
 * their person, wrapped by a master key that never lives in the database; destroying the key makes
 * every copy of that person's encrypted data unreadable.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keys",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.keys;
