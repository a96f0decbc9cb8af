/**
 * Every time personal data leaves the agency: to whom, which categories, for which purpose, on
 * which legal basis, when and by whom. Sharing goes through here or not at all.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.disclosure;
