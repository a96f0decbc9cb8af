/**
 * The agency's clients: companies, the business contacts there, the agreements with them and the
 * job orders they place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client")
package dk.tillid.client;
