/**
 * The public website: the pages anyone can visit without giving personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package dk.tillid.site;
