/**
 * Carries out what the DPO decides on a data-subject request in the modules that hold the data:
 * restricting processing and lifting it only after telling the person (Art. 18), passing a
 * rectification on to everyone who received the old data (Art. 16, 19), upholding an objection
 * (Art. 21), and withdrawals of consent and unregistering that came by e-mail or letter. Privacy
 * knows no domain module, so this one plugs into its request page ({@code RequestWork}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rights")
package dk.tillid.rights;
