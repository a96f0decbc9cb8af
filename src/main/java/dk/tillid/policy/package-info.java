/**
 * The agency's privacy policy as data: loaded and validated at start-up, and rendered as the public
 * privacy notice, the cookie declaration and the record of processing (GDPR Art. 30).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package dk.tillid.policy;
