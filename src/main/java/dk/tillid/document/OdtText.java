package dk.tillid.document;

import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * The text of an OpenDocument {@code content.xml}: paragraphs and headings ({@code text:p},
 * {@code text:h}) each ending in a line break, {@code text:s} as spaces, {@code text:tab} as a tab,
 * {@code text:line-break} as a line break, other white space collapsed as ODF says. Tracked deletions
 * and the authors and dates of comments are not text. Scripts and event listeners (macro bindings)
 * are active content.
 */
final class OdtText {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String SCRIPT = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";

    private OdtText() {
    }

    static void extract(InputStream contentXml, ExtractedText text) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(contentXml);
        try {
            int paragraphs = 0;
            int skipped = 0;
            while (xml.hasNext()) {
                switch (SafeXml.next(xml)) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String ns = xml.getNamespaceURI();
                        String name = xml.getLocalName();
                        if (active(ns, name)) {
                            throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                        }
                        if (skipped > 0 || DC.equals(ns) || (TEXT.equals(ns) && name.equals("tracked-changes"))) {
                            skipped++;
                        } else if (TEXT.equals(ns)) {
                            switch (name) {
                                case "p", "h" -> {
                                    if (paragraphs++ > 0 && text.last() != '\n' && text.last() != 0) {
                                        text.append('\n');
                                    }
                                }
                                case "s" -> text.repeat(' ', spaces(xml.getAttributeValue(TEXT, "c")));
                                case "tab" -> text.append('\t');
                                case "line-break" -> text.append('\n');
                                default -> { }
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (skipped > 0) {
                            skipped--;
                        } else if (TEXT.equals(xml.getNamespaceURI())
                                && (xml.getLocalName().equals("p") || xml.getLocalName().equals("h"))) {
                            paragraphs--;
                            text.append('\n');
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (paragraphs > 0 && skipped == 0) {
                            appendCollapsed(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(), text);
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** Event listeners bind macros to events; text:script holds a script. */
    private static boolean active(String ns, String name) {
        return (SCRIPT.equals(ns) || PRESENTATION.equals(ns)) && name.equals("event-listener")
                || TEXT.equals(ns) && name.equals("script");
    }

    private static long spaces(String count) {
        if (count == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(count.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * ODF white space: runs of space, tab, CR and LF become one space, none at the start of a line
     * or after another space.
     */
    private static void appendCollapsed(char[] chars, int start, int length, ExtractedText text) {
        for (int i = start; i < start + length && !text.full(); i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                char last = text.last();
                if (last != 0 && last != ' ' && last != '\n' && last != '\t') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }
}
