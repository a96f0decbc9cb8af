package dk.tillid.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * DOCX and ODT: both ZIP archives, told apart by their entries. Read twice under the archive limits:
 * once to survey (type, macros, the parts that hold metadata), once to write a new archive with the
 * same entries in the same order, the metadata parts replaced by empty ones and everything else
 * unchanged in content, while the text is extracted. The new archive carries no entry times, extra
 * fields or comments of the original.
 */
final class OfficeInspection {

    record Result(DocumentType type, byte[] content, String text) {
    }

    static final String ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    /** Every entry of the cleaned archive gets this time (2000-01-01), not the original's. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private static final String CORE_PROPERTIES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
            """;
    private static final String APP_PROPERTIES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>
            """;
    private static final String CUSTOM_PROPERTIES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>
            """;
    private static final String ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
    /** Word fields that run or fetch something when the document opens or updates. */
    private static final java.util.regex.Pattern DANGEROUS_FIELD = java.util.regex.Pattern.compile(
            "(?im)^\\s*(DDE|DDEAUTO|INCLUDETEXT|INCLUDEPICTURE|IMPORT|LINK)\\b");
    /** OpenDocument elements that run code or embed foreign programs (by local name). */
    private static final java.util.Set<String> ODF_ACTIVE = java.util.Set.of("event-listeners", "event-listener",
            "script", "object-ole", "applet", "plugin");
    /** Where {@link #elements} puts an element's own local name among its attributes. */
    private static final String ELEMENT = " element";

    private final BoundedZipReader zip;

    OfficeInspection(UploadLimits limits) {
        this.zip = new BoundedZipReader(limits);
    }

    Result inspect(byte[] archive) {
        Survey survey = new Survey();
        zip.read(archive, survey::entry);
        DocumentType type = survey.type();
        Map<String, String> replacements = new HashMap<>();
        String textPart;
        if (type == DocumentType.DOCX) {
            survey.refuseDocxActiveContent();
            survey.docxPropertyParts().forEach(replacements::put);
            textPart = "word/document.xml";
        } else {
            survey.refuseOdtActiveContent();
            if (!survey.names.contains("content.xml")) {
                throw new UploadRefusedException(Reason.DAMAGED);
            }
            textPart = "content.xml";
        }

        ExtractedText text = new ExtractedText();
        ByteArrayOutputStream cleaned = new ByteArrayOutputStream(archive.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(cleaned, StandardCharsets.UTF_8)) {
            zip.read(archive, (index, name, directory, data) -> {
                if (directory) {
                    out.putNextEntry(entry(name));
                } else if (type == DocumentType.ODT && index == 0) {
                    writeStored(out, name, data.readAllBytes());
                } else if (type == DocumentType.ODT && name.equals("meta.xml")) {
                    out.putNextEntry(entry(name));
                    out.write(emptyOdfMeta(odfVersion(data.readAllBytes())));
                } else if (replacements.containsKey(name)) {
                    out.putNextEntry(entry(name));
                    out.write(replacements.get(name).getBytes(StandardCharsets.UTF_8));
                } else if (name.equals(textPart)) {
                    out.putNextEntry(entry(name));
                    InputStream copied = new CopyingInput(data, out);
                    if (type == DocumentType.DOCX) {
                        DocxText.extract(copied, text);
                    } else {
                        OdtText.extract(copied, text);
                    }
                    copied.transferTo(OutputStream.nullOutputStream());
                } else {
                    out.putNextEntry(entry(name));
                    data.transferTo(out);
                }
                out.closeEntry();
            });
        } catch (IOException e) {
            throw new UploadRefusedException(Reason.DAMAGED);
        }
        return new Result(type, cleaned.toByteArray(), text.toString());
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        return entry;
    }

    /** ODF: the mimetype entry first, uncompressed, with no extra field. */
    private static void writeStored(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(content);
    }

    /** The office:version of an ODF meta.xml, or null when it has none or cannot be read. */
    private static String odfVersion(byte[] metaXml) {
        try {
            XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(metaXml));
            try {
                while (xml.hasNext()) {
                    if (SafeXml.next(xml) == XMLStreamConstants.START_ELEMENT) {
                        String version = xml.getAttributeValue(ODF_OFFICE, "version");
                        return version != null && version.matches("[0-9]{1,2}\\.[0-9]{1,2}") ? version : null;
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] emptyOdfMeta(String version) {
        String versionAttribute = version == null ? "" : " office:version=\"" + version + "\"";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-meta xmlns:office=\"" + ODF_OFFICE + "\"" + versionAttribute
                + "><office:meta/></office:document-meta>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What the first reading learns. */
    private static final class Survey {

        final List<String> names = new ArrayList<>();
        final Map<String, byte[]> relationships = new LinkedHashMap<>();
        /** The XML of the parts that hold the text (and so fields, links and scripts). */
        final Map<String, byte[]> textParts = new LinkedHashMap<>();
        String firstEntry;
        String mimetype;
        byte[] contentTypes;

        void entry(int index, String name, boolean directory, InputStream data) throws IOException {
            names.add(name);
            if (index == 0) {
                firstEntry = name;
                if (name.equals("mimetype")) {
                    mimetype = new String(data.readNBytes(256), StandardCharsets.US_ASCII);
                }
            }
            if (name.equals("[Content_Types].xml")) {
                contentTypes = data.readAllBytes();
            } else if (name.endsWith(".rels") && !directory) {
                relationships.put(name, data.readAllBytes());
            } else if (!directory && (name.matches("word/[^/]+\\.xml") || name.equals("content.xml")
                    || name.equals("styles.xml"))) {
                textParts.put(name, data.readAllBytes());
            }
        }

        DocumentType type() {
            if ("mimetype".equals(firstEntry) && ODT_MEDIA_TYPE.equals(mimetype)) {
                return DocumentType.ODT;
            }
            if (contentTypes != null && names.contains("word/document.xml")) {
                return DocumentType.DOCX;
            }
            throw new UploadRefusedException(Reason.NOT_ALLOWED);
        }

        /**
         * Macros (a VBA project, whatever its part is called), ActiveX controls, a macro-enabled
         * content type, and a template attached from outside the document (the usual way to fetch
         * macros from elsewhere when the document is opened).
         */
        void refuseDocxActiveContent() {
            for (String name : names) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")
                        || lower.startsWith("word/activex/")) {
                    throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                }
            }
            for (String contentType : attributeValues(contentTypes, "ContentType")) {
                String lower = contentType.toLowerCase(Locale.ROOT);
                if (lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("activex")) {
                    throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                }
            }
            for (String name : names) {
                if (name.toLowerCase(Locale.ROOT).startsWith("word/embeddings/")) {
                    throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                }
            }
            for (byte[] rels : relationships.values()) {
                for (Map<String, String> relationship : elements(rels, "Relationship")) {
                    String type = String.valueOf(relationship.get("Type"));
                    // Anything fetched from elsewhere when the file opens (a template, an OLE object, a
                    // picture on a file share, a frame), or a chunk of another format; a link is fine.
                    boolean external = "External".equalsIgnoreCase(relationship.get("TargetMode"));
                    if (external && !type.endsWith("/hyperlink") || type.endsWith("/aFChunk")) {
                        throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                    }
                }
            }
            for (byte[] part : textParts.values()) {
                if (DANGEROUS_FIELD.matcher(FieldCodes.of(part)).find()) {
                    throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                }
            }
        }

        /**
         * OpenDocument macros live in Basic/ and Scripts/; scripts and event listeners can also sit in
         * the content, and objects, applets, plug-ins and pictures can be fetched from elsewhere.
         */
        void refuseOdtActiveContent() {
            for (String name : names) {
                if (name.startsWith("Basic/") || name.startsWith("Scripts/")) {
                    throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                }
            }
            for (byte[] part : textParts.values()) {
                for (Map<String, String> element : elements(part, null)) {
                    String tag = element.get(ELEMENT);
                    if (ODF_ACTIVE.contains(tag)) {
                        throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                    }
                    String href = element.get("href");
                    if (href != null && !"a".equals(tag) && !"link".equals(tag) && !internal(href)) {
                        throw new UploadRefusedException(Reason.ACTIVE_CONTENT);
                    }
                }
            }
        }

        /** A reference into the package itself ("Pictures/x.png", "./Object 1", "#bookmark"). */
        private static boolean internal(String href) {
            String target = href.strip();
            return !target.contains(":") && !target.startsWith("/") && !target.startsWith("\\") && !target.contains("..");
        }

        /** Core, extended (app) and custom properties: where _rels/.rels says, and where they usually are. */
        Map<String, String> docxPropertyParts() {
            Map<String, String> parts = new HashMap<>();
            parts.put("docProps/core.xml", CORE_PROPERTIES);
            parts.put("docProps/app.xml", APP_PROPERTIES);
            parts.put("docProps/custom.xml", CUSTOM_PROPERTIES);
            byte[] rels = relationships.get(PACKAGE_RELATIONSHIPS);
            if (rels != null) {
                for (Map<String, String> relationship : elements(rels, "Relationship")) {
                    String type = String.valueOf(relationship.get("Type"));
                    String target = relationship.get("Target");
                    if (target == null || "External".equalsIgnoreCase(relationship.get("TargetMode"))) {
                        continue;
                    }
                    target = target.startsWith("/") ? target.substring(1) : target;
                    if (type.endsWith("/core-properties")) {
                        parts.put(target, CORE_PROPERTIES);
                    } else if (type.endsWith("/extended-properties")) {
                        parts.put(target, APP_PROPERTIES);
                    } else if (type.endsWith("/custom-properties")) {
                        parts.put(target, CUSTOM_PROPERTIES);
                    }
                }
            }
            parts.keySet().retainAll(names);
            return parts;
        }
    }

    private static List<String> attributeValues(byte[] xml, String attribute) {
        List<String> values = new ArrayList<>();
        for (Map<String, String> element : elements(xml, null)) {
            String value = element.get(attribute);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The attributes (by local name) of every element called {@code localName} (or of every element). */
    private static List<Map<String, String>> elements(byte[] xml, String localName) {
        List<Map<String, String>> found = new ArrayList<>();
        if (xml == null) {
            return found;
        }
        try {
            XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    if (SafeXml.next(reader) == XMLStreamConstants.START_ELEMENT
                            && (localName == null || localName.equals(reader.getLocalName()))) {
                        Map<String, String> attributes = new HashMap<>();
                        attributes.put(ELEMENT, reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        found.add(attributes);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UploadRefusedException(Reason.DAMAGED);
        }
        return found;
    }

    /** Writes to the archive being built whatever the text extraction reads. */
    private static final class CopyingInput extends FilterInputStream {

        private final OutputStream copy;

        CopyingInput(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // the entry stays open: what is left is copied after the extraction
        }
    }
}
