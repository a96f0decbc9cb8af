/**
 * The data subject: who a person is, how to reach them, what they are to the agency (candidate,
 * employee, business contact), when they were last in contact, and whether they unregistered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Person")
package dk.tillid.person;
