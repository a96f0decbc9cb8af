/**
 * The privacy engine every data-holding module uses: per-person keys, the audit trail, the consent
 * and disclosure ledgers, the processor register, and the personal-data SPI. It depends on the
 * policy and the platform only, never on a domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = {"policy", "platform"})
package dk.tillid.privacy;
