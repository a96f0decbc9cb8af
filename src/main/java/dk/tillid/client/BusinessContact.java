package dk.tillid.client;

import dk.tillid.person.PersonId;

/** A person at a client company the agency deals with (P-DATA-11). */
public record BusinessContact(PersonId person, ClientId client, String name, String email, String phone,
                              String position, boolean active) {

    @Override
    public String toString() {
        return "BusinessContact[" + person + ", redacted]";
    }
}
