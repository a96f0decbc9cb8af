/**
 * The technical ground every module stands on: the database (embedded PostgreSQL unless an external
 * one is configured), the one clock, safe CSV output, and the web shell (layout, language, errors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dk.tillid.platform;
