/**
 * The person's own self-service: sign-in by a one-time link to their verified e-mail address, and
 * (growing in T5) seeing, correcting, downloading and withdrawing what the agency holds about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package dk.tillid.portal;
