package dk.tillid.person;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets a page or API address a person by id; a malformed id is a bad request, not a server error. */
@Component
class PersonIdConverter implements Converter<String, PersonId> {

    @Override
    public PersonId convert(String text) {
        return PersonId.parse(text.strip());
    }
}
