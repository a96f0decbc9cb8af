/**
 * Generated, realistic Danish data for trying Tillid ({@code --demo}), for tests and for benchmarks;
 * never copied from real people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dk.tillid.demo;
