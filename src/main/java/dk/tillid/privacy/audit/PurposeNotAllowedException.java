package dk.tillid.privacy.audit;

import dk.tillid.policy.PurposeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A module was asked to touch a data category for a purpose the policy does not give it. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class PurposeNotAllowedException extends RuntimeException {

    public PurposeNotAllowedException(PurposeId purpose, String category) {
        super("The policy does not allow purpose " + purpose + " to use data category " + category);
    }
}
