/**
 * The candidate: everything the policy lists at registration beyond identity (CV data, education,
 * experience, languages, courses and tests, unemployment and A-kasse, next of kin, references),
 * and the recruiters' work with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidate")
package dk.tillid.candidate;
