package dk.tillid.document;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a WordprocessingML main document part: the {@code w:t} elements, paragraphs
 * ({@code w:p}) ending in a line break, run tabs and breaks kept. Deleted text ({@code w:delText})
 * and field codes ({@code w:instrText}) are not text, nor is the fallback copy of content that a
 * {@code mc:AlternateContent} holds twice (text boxes, for instance).
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxText() {
    }

    static void extract(InputStream documentXml, ExtractedText text) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(documentXml);
        try {
            Deque<String> open = new ArrayDeque<>();
            int inText = 0;
            int fallback = 0;
            while (xml.hasNext() && !text.full()) {
                switch (SafeXml.next(xml)) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = word(xml) ? xml.getLocalName() : "";
                        String parent = open.isEmpty() ? "" : open.peek();
                        if (fallback > 0 || MARKUP_COMPATIBILITY.equals(xml.getNamespaceURI())
                                && xml.getLocalName().equals("Fallback")) {
                            fallback++;
                        } else if (name.equals("t")) {
                            inText++;
                        } else if (parent.equals("r")) {
                            switch (name) {
                                case "tab" -> text.append('\t');
                                case "br", "cr" -> text.append('\n');
                                default -> { }
                            }
                        }
                        open.push(name);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = open.isEmpty() ? "" : open.pop();
                        if (fallback > 0) {
                            fallback--;
                        } else if (name.equals("t")) {
                            inText--;
                        } else if (name.equals("p")) {
                            text.append('\n');
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText > 0 && fallback == 0) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static boolean word(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }
}
