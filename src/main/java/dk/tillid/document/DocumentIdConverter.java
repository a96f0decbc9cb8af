package dk.tillid.document;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets an address name a document; a malformed id is a bad request, not a server error. */
@Component
class DocumentIdConverter implements Converter<String, DocumentId> {

    @Override
    public DocumentId convert(String text) {
        return DocumentId.parse(text);
    }
}
