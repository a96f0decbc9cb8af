package dk.tillid.document;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * StAX reading of untrusted XML: the JDK's own parser (never whatever else is on the class path),
 * with DTDs and external entities off; a document that declares a DTD at all is refused as damaged
 * (no part of a DOCX or ODT has one).
 */
final class SafeXml {

    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory.createXMLStreamReader(in);
    }

    /** The next event; a DTD or an entity reference is refused. */
    static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new UploadRefusedException(Reason.DAMAGED);
        }
        return event;
    }
}
