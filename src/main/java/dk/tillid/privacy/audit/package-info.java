/**
 * Who read or changed whose personal data, in which category, for which purpose, and when: an
 * append-only, hash-chained trail that never holds the values themselves.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.audit;
