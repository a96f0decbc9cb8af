package dk.tillid.employment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No employment (or no employee file) with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownEmploymentException extends RuntimeException {

    public UnknownEmploymentException() {
        super("No such employment or employee");
    }
}
