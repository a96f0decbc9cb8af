package dk.tillid.placement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No placement has this id: a page or API answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownPlacementException extends RuntimeException {

    UnknownPlacementException(PlacementId id) {
        super("No placement " + id);
    }
}
