/**
 * Who may sign in and what they may open: staff accounts and their roles, the login, the first
 * administrator, and the access rules of every page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dk.tillid.identity;
