package dk.tillid.outreach;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No campaign has the id asked for. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownCampaignException extends RuntimeException {

    UnknownCampaignException() {
        super("No such campaign");
    }
}
