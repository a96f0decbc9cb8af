package dk.tillid.client;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such client, contact or job order: the page or API answers 404 and names no value. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownClientException extends RuntimeException {

    UnknownClientException(String what) {
        super("No such " + what);
    }
}
