package dk.tillid.placement;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a page or the API address a placement by id; a malformed id is a bad request. */
@Component
class PlacementIdConverter implements Converter<String, PlacementId> {

    @Override
    public PlacementId convert(String text) {
        return PlacementId.parse(text);
    }
}
