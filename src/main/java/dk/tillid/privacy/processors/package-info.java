/**
 * The register of processors and sub-processors: who processes which categories for the agency,
 * under which data processing agreement, and in which country. Kept by the DPO; shown in the record
 * of processing.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private, so Java keeps the internals in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processors",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.processors;
