/**
 * The breach register (GDPR Art. 33-34, P-SEC-4): every personal-data breach documented, the 72 hours
 * to Datatilsynet counted from awareness, updates in phases, and for a high risk the people affected
 * told by e-mail, each notice recorded.
 * <p>
 * Open, because Spring Modulith 2.0 lets modules outside {@code privacy} use a nested module only
 * if it is open: the module that speaks to people implements {@link dk.tillid.privacy.breach.BreachNoticeChannel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Breach register",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.tillid.privacy.breach;
