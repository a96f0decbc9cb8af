package dk.tillid.person;

/** No person has this id (any more: they may have been erased). */
public class UnknownPersonException extends RuntimeException {

    public UnknownPersonException(PersonId id) {
        super("No person with id " + id);
    }
}
