package dk.tillid.employment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A rule of the employment module refused the change; nothing was written. {@link #key()} names the
 * text in the message bundle; the message is plain English and never holds a value that was sent.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class EmploymentRefusal extends IllegalArgumentException {

    private final String key;

    public EmploymentRefusal(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
