package dk.tillid.person;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No person has this id (any more: they may have been erased). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownPersonException extends RuntimeException {

    public UnknownPersonException(PersonId id) {
        super("No person with id " + id);
    }
}
