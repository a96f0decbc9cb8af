package dk.tillid.employment;

/** What a role gets of a field: the value, the value masked, or nothing at all (not even that it exists). */
enum Access {
    REFUSED, MASKED, VISIBLE;

    boolean shows() {
        return this != REFUSED;
    }

    Access or(Access other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
