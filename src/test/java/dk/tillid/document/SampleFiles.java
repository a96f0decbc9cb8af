package dk.tillid.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Documents made in code for the upload tests: nothing is read from a fixture file. */
public final class SampleFiles {

    static final String DANISH = "Ærø Østergade Åbyhøj";
    static final String AUTHOR = "Søren Sørensen Kandidat";
    static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private SampleFiles() {
    }

    // ---------------------------------------------------------------- PDF

    /** A one-page PDF showing the lines in Helvetica (WinAnsi covers æøå), with author, title and XMP. */
    public static byte[] pdf(String... lines) {
        return pdf(document -> { }, lines);
    }

    interface Customizer {
        void apply(PDDocument document) throws IOException;
    }

    static byte[] pdf(Customizer customizer, String... lines) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setAuthor(AUTHOR);
            information.setTitle("Hemmelig titel");
            information.setCreator("Sample Writer 1.0");
            PDMetadata xmp = new PDMetadata(document, new ByteArrayInputStream(xmp().getBytes(StandardCharsets.UTF_8)));
            document.getDocumentCatalog().setMetadata(xmp);
            customizer.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xmp() {
        return """
                <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:creator><rdf:Seq><rdf:li>XmpAuthorMarker</rdf:li></rdf:Seq></dc:creator>
                </rdf:Description></rdf:RDF></x:xmpmeta>
                <?xpacket end="w"?>
                """;
    }

    /** A PDF that runs JavaScript when opened, has a document-level script and an embedded file. */
    static byte[] pdfWithJavaScriptAndAttachment() {
        return pdf(document -> {
            var catalog = document.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript("app.alert('OpenActionMarker');"));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("hello", new PDActionJavaScript("app.alert('NameTreeMarker');")));
            names.setJavascript(scripts);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("secret.txt");
            file.setEmbeddedFile(new PDEmbeddedFile(document,
                    new ByteArrayInputStream("AttachmentMarker".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("secret.txt", file));
            names.setEmbeddedFiles(files);
            catalog.setNames(names);
        }, "Med script");
    }

    static byte[] encryptedPdf(String userPassword) {
        return pdf(document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        }, "Hemmeligt");
    }

    /**
     * A PDF written by hand: one page whose content stream is {@code streamData} with the given
     * stream dictionary entries (such as "/Filter /FlateDecode"); the cross-reference table is exact.
     */
    static byte[] rawPdf(byte[] streamData, String streamEntries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets.add(out.size());
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.add(out.size());
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.add(out.size());
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n");
        offsets.add(out.size());
        write(out, "4 0 obj\n<< /Length " + streamData.length + " " + streamEntries + " >>\nstream\n");
        out.writeBytes(streamData);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** zlib-compressed {@code length} zero bytes, streamed (the zeros never sit in memory at once). */
    static byte[] deflatedZeros(long length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION),
                64 * 1024)) {
            writeZeros(deflater, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] deflated(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- ZIP, DOCX, ODT

    /** One archive entry: a name, content, and whether it is stored rather than deflated. */
    record Entry(String name, byte[] content, boolean stored) {
        static Entry of(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8), false);
        }

        static Entry of(String name, byte[] content) {
            return new Entry(name, content, false);
        }
    }

    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                if (entry.stored()) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.content().length);
                    CRC32 crc = new CRC32();
                    crc.update(entry.content());
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static String documentXml(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml + "</w:body></w:document>";
    }

    public static String paragraphs(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(paragraph).append("</w:t></w:r></w:p>");
        }
        return body.toString();
    }

    /** The parts of a small but complete DOCX, in the usual order; the metadata names {@link #AUTHOR}. */
    static Map<String, byte[]> docxParts(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Default Extension="png" ContentType="image/png"/>\
                <Override PartName="/word/document.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/docProps/core.xml" \
                ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                <Override PartName="/docProps/app.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
                <Override PartName="/docProps/custom.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
                </Types>"""));
        parts.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="word/document.xml"/>\
                <Relationship Id="rId2" \
                Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
                Target="docProps/core.xml"/>\
                <Relationship Id="rId3" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
                Target="docProps/app.xml"/>\
                <Relationship Id="rId4" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" \
                Target="docProps/custom.xml"/>\
                </Relationships>"""));
        parts.put("docProps/core.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties \
                xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
                <dc:title>Ansøgning</dc:title><dc:creator>%s</dc:creator>\
                <cp:lastModifiedBy>%s</cp:lastModifiedBy>\
                <dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T10:00:00Z</dcterms:created>\
                </cp:coreProperties>""".formatted(AUTHOR, AUTHOR)));
        parts.put("docProps/app.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
                <Application>Microsoft Office Word</Application><Company>Hemmelig ApS</Company></Properties>"""));
        parts.put("docProps/custom.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" \
                xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
                <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CprMarker">\
                <vt:lpwstr>010203-1234</vt:lpwstr></property></Properties>"""));
        parts.put("word/document.xml", utf8(documentXml));
        parts.put("word/media/image1.png", png(4, 3));
        return parts;
    }

    public static byte[] docx(String documentXml) {
        return zip(docxParts(documentXml));
    }

    static byte[] zip(Map<String, byte[]> parts) {
        List<Entry> entries = new ArrayList<>();
        parts.forEach((name, content) -> entries.add(Entry.of(name, content)));
        return zip(entries);
    }

    static String contentXml(String textXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
                + "<office:body><office:text>" + textXml + "</office:text></office:body></office:document-content>";
    }

    /** A small but complete ODT, mimetype first and stored; meta.xml names {@link #AUTHOR}. */
    static List<Entry> odtEntries(String contentXml) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("mimetype", ODT_MIMETYPE.getBytes(StandardCharsets.US_ASCII), true));
        entries.add(Entry.of("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.3">\
                <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
                <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""".formatted(ODT_MIMETYPE)));
        entries.add(Entry.of("content.xml", contentXml));
        entries.add(Entry.of("meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>\
                <meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>\
                <meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>"""
                .formatted(AUTHOR, AUTHOR)));
        entries.add(Entry.of("styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                office:version="1.3"/>"""));
        return entries;
    }

    static byte[] odt(String contentXml) {
        return zip(odtEntries(contentXml));
    }

    /**
     * A DOCX-shaped archive whose word/document.xml is {@code zeros} zero bytes, deflated as it is
     * written: the archive is small, the test never holds the zeros.
     */
    public static byte[] docxBomb(long zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            Map<String, byte[]> parts = docxParts(documentXml(paragraphs("x")));
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(parts.get("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            writeZeros(zip, zeros);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- images

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        graphics.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    static byte[] gif(int width, int height) {
        return encode(picture(width, height), "gif");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk naming the author, right after IHDR. */
    static byte[] pngWithTextChunk(int width, int height) {
        byte[] png = png(width, height);
        byte[] text = ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1);
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("tEXt", text));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** Only a PNG header claiming {@code width} by {@code height}, then a tiny IDAT and IEND. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", deflated(new byte[16])));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A JPEG with an EXIF APP1 segment (a camera name and a marker) after its JFIF APP0 segment. */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        if ((jpeg[2] & 0xff) != 0xff || (jpeg[3] & 0xff) != 0xe0) {
            throw new IllegalStateException("expected a JFIF APP0 segment");
        }
        int afterApp0 = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        // TIFF header (little-endian), IFD0 at 8 with one ASCII entry (Make) pointing past the IFD
        byte[] make = "CameraMarkerGPS\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + make.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x010f).putShort((short) 2).putInt(make.length).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0);
        tiff.put(make);
        exif.writeBytes(tiff.array());
        byte[] payload = exif.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.write(0xff);
        out.write(0xe1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.writeBytes(payload);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- helpers

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] haystack, String needle) {
        return indexOf(haystack, needle.getBytes(StandardCharsets.ISO_8859_1)) >= 0
                || indexOf(haystack, needle.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void writeZeros(OutputStream out, long length) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long left = length; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
