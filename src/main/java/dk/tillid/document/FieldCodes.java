package dk.tillid.document;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The field codes of a WordprocessingML part, one line per field: the text of the {@code w:instrText}
 * runs of a complex field joined (a code split over several runs, "DD" + "EAUTO", is still one field
 * to Word), and each simple field's {@code w:instr}.
 */
final class FieldCodes {

    private FieldCodes() {
    }

    static String of(byte[] xml) {
        StringBuilder codes = new StringBuilder();
        try {
            XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml));
            try {
                boolean inCode = false;
                while (reader.hasNext()) {
                    int event = SafeXml.next(reader);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        inCode = "instrText".equals(reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String attribute = reader.getAttributeLocalName(i);
                            String value = reader.getAttributeValue(i);
                            if ("instr".equals(attribute)) {
                                codes.append('\n').append(value).append('\n');
                            } else if ("fldCharType".equals(attribute) && "begin".equals(value)) {
                                codes.append('\n');
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        inCode = false;
                    } else if (inCode && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                        codes.append(reader.getText());
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UploadRefusedException(UploadRefusedException.Reason.DAMAGED);
        }
        return codes.toString();
    }
}
