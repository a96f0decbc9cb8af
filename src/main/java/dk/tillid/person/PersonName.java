package dk.tillid.person;

/** A person's name as they give it; no rules on its form beyond being there and of sane length. */
public record PersonName(String givenName, String familyName) {

    static final int MAX_LENGTH = 100;
    /** What erasure leaves in place of both names (the row is kept only for what the law keeps). */
    static final String ERASED = "-";

    /** Letters of any script, and the spaces, hyphens, apostrophes and dots names have; no markup, no digits. */
    public static final String PATTERN = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*$";

    public PersonName {
        givenName = Text.required(givenName, "given name", MAX_LENGTH);
        familyName = Text.required(familyName, "family name", MAX_LENGTH);
        boolean erased = ERASED.equals(givenName) && ERASED.equals(familyName);
        if (!erased && (!givenName.matches(PATTERN) || !familyName.matches(PATTERN))) {
            throw new IllegalArgumentException("A name holds letters, spaces, hyphens, apostrophes and dots only");
        }
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Never the values: this may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
