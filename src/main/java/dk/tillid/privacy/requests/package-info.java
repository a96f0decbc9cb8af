/**
 * Data-subject requests (GDPR Art. 12–22) as the DPO handles them: what was asked, how and when it
 * arrived, the one-month deadline (paused while the person proves who they are, extended only with
 * reasons given in time), flags for repeated or excessive requests, and how each was answered.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open; everything here but the API is package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.requests;
