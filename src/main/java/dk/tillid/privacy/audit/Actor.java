package dk.tillid.privacy.audit;

import java.util.Objects;

/** Who acts: a staff account, the person themselves, or a part of the system. */
public record Actor(Kind kind, String id) {

    public enum Kind { STAFF, PERSON, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Actor staff(String accountId) {
        return new Actor(Kind.STAFF, accountId);
    }

    public static Actor person(String personId) {
        return new Actor(Kind.PERSON, personId);
    }

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }

    /** As other records store it: {@code STAFF:<id>}. */
    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
