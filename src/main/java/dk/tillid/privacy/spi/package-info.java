/**
 * The personal-data SPI: every module that holds personal data implements
 * {@link dk.tillid.privacy.spi.PersonalDataProvider}, and access, portability, erasure and retention
 * loop over all of them. A module cannot be forgotten: the classification test points at its tables.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal-data SPI",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.spi;
