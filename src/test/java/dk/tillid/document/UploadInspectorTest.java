package dk.tillid.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.tillid.document.SampleFiles.Entry;
import dk.tillid.document.UploadRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static dk.tillid.document.SampleFiles.DANISH;
import static dk.tillid.document.SampleFiles.docx;
import static dk.tillid.document.SampleFiles.docxParts;
import static dk.tillid.document.SampleFiles.documentXml;
import static dk.tillid.document.SampleFiles.paragraphs;
import static dk.tillid.document.SampleFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What is refused, and why; and that the type comes from the content, never the name. */
class UploadInspectorTest {

    static final String NAME = "Søren Sørensen CV.pdf";

    final UploadInspector inspector = new UploadInspector(UploadLimits.defaults());

    static Reason refusal(UploadInspector inspector, String name, byte[] content) {
        UploadRefusedException refused = catchThrowableOfType(UploadRefusedException.class,
                () -> inspector.inspect(name, content));
        assertThat(refused).as("the upload is refused").isNotNull();
        assertThat(refused.getMessage()).as("a plain sentence without the file name")
                .isNotBlank().endsWith(".").doesNotContain(name).doesNotContain("Søren");
        return refused.reason();
    }

    Reason refusal(byte[] content) {
        return refusal(inspector, NAME, content);
    }

    @Test
    void theDefaultLimitsAreTheAgreedOnes() {
        assertThat(UploadLimits.defaults())
                .isEqualTo(new UploadLimits(10L << 20, 50L << 20, 1000, 100, 40_000_000L));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThat(refusal(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(refusal(null)).isEqualTo(Reason.EMPTY);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedBeforeAnythingElse() {
        byte[] justOver = new byte[(10 << 20) + 1];
        assertThat(refusal(justOver)).as("not even its type is looked at").isEqualTo(Reason.TOO_LARGE);

        UploadInspector small = new UploadInspector(new UploadLimits(100, 50L << 20, 1000, 100, 40_000_000L));
        byte[] png = SampleFiles.png(20, 20);
        assertThat(png.length).isGreaterThan(100);
        assertThat(refusal(small, "a.png", png)).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void anUploadAtTheSizeLimitIsAccepted() {
        byte[] png = SampleFiles.png(20, 20);
        UploadInspector exact = new UploadInspector(new UploadLimits(png.length, 50L << 20, 1000, 100, 40_000_000L));

        assertThat(exact.inspect("a.png", png).type()).isEqualTo(DocumentType.PNG);
    }

    @Test
    void aProgramRenamedToPdfIsRefused() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        new Random(1).nextBytes(exe);
        exe[0] = 'M';
        exe[1] = 'Z';

        assertThat(refusal(inspector, "cv.pdf", exe)).isEqualTo(Reason.NOT_ALLOWED);
    }

    @Test
    void otherTypesAreNotAllowedWhateverTheyAreCalled() {
        assertThat(refusal(inspector, "cv.pdf", utf8("<!DOCTYPE html><html><body>hej</body></html>")))
                .as("HTML").isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusal(inspector, "photo.png",
                utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")))
                .as("SVG").isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusal(inspector, "photo.jpg", SampleFiles.gif(10, 10))).as("GIF").isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusal(inspector, "cv.docx", SampleFiles.zip(List.of(Entry.of("readme.txt", "hej")))))
                .as("a plain zip").isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusal(inspector, "cv.txt", utf8(DANISH))).as("plain text").isEqualTo(Reason.NOT_ALLOWED);
        assertThat(refusal(inspector, "cv.odt", SampleFiles.zip(List.of(
                new Entry("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"), true),
                Entry.of("content.xml", "<x/>"))))).as("a spreadsheet").isEqualTo(Reason.NOT_ALLOWED);
    }

    @Test
    void aPngNamedPdfIsAcceptedAsPng() {
        Inspected inspected = inspector.inspect("cv.pdf", SampleFiles.png(30, 20));

        assertThat(inspected.type()).isEqualTo(DocumentType.PNG);
        assertThat(inspected.type().mediaType()).isEqualTo("image/png");
        assertThat(inspected.safeFilename()).isEqualTo("cv.png");
        assertThat(inspected.text()).isEmpty();
    }

    @Test
    void eachTypeIsToldByItsContent() {
        assertThat(inspector.inspect("x.bin", SampleFiles.pdf(DANISH)).type()).isEqualTo(DocumentType.PDF);
        assertThat(inspector.inspect("x.bin", SampleFiles.jpeg(8, 8)).type()).isEqualTo(DocumentType.JPEG);
        assertThat(inspector.inspect("x.bin", docx(documentXml(paragraphs(DANISH)))).type())
                .isEqualTo(DocumentType.DOCX);
        assertThat(inspector.inspect("x.bin", SampleFiles.odt(SampleFiles.contentXml("<text:p>hej</text:p>")))
                .type()).isEqualTo(DocumentType.ODT);
    }

    @Test
    void anArchiveWithTooManyEntriesIsRefused() {
        var parts = docxParts(documentXml(paragraphs("hej")));
        for (int i = 0; parts.size() <= 1000; i++) {
            parts.put("word/media/extra" + i + ".txt", utf8("x"));
        }
        assertThat(parts).hasSize(1001);

        assertThat(refusal(SampleFiles.zip(parts))).isEqualTo(Reason.TOO_MANY_ENTRIES);

        parts.remove("word/media/extra0.txt");
        assertThat(inspector.inspect("cv.docx", SampleFiles.zip(parts)).type()).as("1000 are allowed")
                .isEqualTo(DocumentType.DOCX);
    }

    @Test
    void anArchiveThatExpandsTooMuchIsRefused() {
        UploadInspector inspector = new UploadInspector(new UploadLimits(10L << 20, 1L << 20, 1000, 100, 40_000_000L));
        var parts = docxParts(documentXml(paragraphs("hej")));
        Random random = new Random(7);
        for (int i = 0; i < 3; i++) {
            byte[] incompressible = new byte[400 * 1024];
            random.nextBytes(incompressible);
            parts.put("word/media/noise" + i + ".bin", incompressible);
        }

        assertThat(refusal(inspector, NAME, SampleFiles.zip(parts))).isEqualTo(Reason.ARCHIVE_TOO_LARGE);

        parts.remove("word/media/noise2.bin");
        assertThat(inspector.inspect("cv.docx", SampleFiles.zip(parts)).type()).as("800 KiB fit in 1 MiB")
                .isEqualTo(DocumentType.DOCX);
    }

    @Test
    void anEntryCompressedSuspiciouslyStronglyIsRefused() {
        byte[] archive = SampleFiles.docxBomb(2L << 20);

        assertThat(refusal(archive)).isEqualTo(Reason.SUSPICIOUS_COMPRESSION);
    }

    @Test
    void aZipBombIsRefusedQuicklyAndWithoutExpandingIt() {
        byte[] bomb = SampleFiles.docxBomb(300L * 1000 * 1000);
        assertThat(bomb.length).as("the bomb itself is small").isLessThan(1 << 20);

        Executable inspection = () -> assertThat(refusal(bomb))
                .isIn(Reason.SUSPICIOUS_COMPRESSION, Reason.ARCHIVE_TOO_LARGE);
        assertTimeoutPreemptively(Duration.ofSeconds(3), inspection);

        UploadInspector lenientRatio = new UploadInspector(
                new UploadLimits(10L << 20, 50L << 20, 1000, Integer.MAX_VALUE / 2, 40_000_000L));
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThat(refusal(lenientRatio, NAME, bomb))
                .as("the total stops it too").isEqualTo(Reason.ARCHIVE_TOO_LARGE));
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
        byte[] claimsTenGigapixels = SampleFiles.pngHeaderClaiming(100_000, 100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThat(refusal(claimsTenGigapixels)).isEqualTo(Reason.IMAGE_TOO_LARGE));

        UploadInspector small = new UploadInspector(new UploadLimits(10L << 20, 50L << 20, 1000, 100, 399));
        assertThat(refusal(small, "a.jpg", SampleFiles.jpeg(20, 20))).isEqualTo(Reason.IMAGE_TOO_LARGE);
        assertThat(small.inspect("a.jpg", SampleFiles.jpeg(19, 21)).type()).isEqualTo(DocumentType.JPEG);
    }

    @Test
    void entryNamesThatClimbOutOfTheArchiveAreRefusedAsDamaged() {
        for (String name : new String[] {"../evil.txt", "word/../../evil.txt", "/etc/passwd", "word\\evil.txt",
                "C:/evil.txt"}) {
            var parts = docxParts(documentXml(paragraphs("hej")));
            parts.put(name, utf8("evil"));
            assertThat(refusal(SampleFiles.zip(parts))).as(name).isEqualTo(Reason.DAMAGED);
        }
    }

    @Test
    void damagedFilesAreRefused() {
        byte[] pdf = SampleFiles.pdf(DANISH);
        byte[] png = SampleFiles.png(40, 40);
        byte[] docx = docx(documentXml(paragraphs(DANISH)));

        assertThat(refusal(utf8("%PDF-1.7\nthis is no pdf at all\n"))).as("garbage PDF").isEqualTo(Reason.DAMAGED);
        assertThat(refusal(java.util.Arrays.copyOf(pdf, 40))).as("truncated PDF").isEqualTo(Reason.DAMAGED);
        assertThat(refusal(java.util.Arrays.copyOf(png, 40))).as("truncated PNG").isEqualTo(Reason.DAMAGED);
        assertThat(refusal(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2})).as("JPEG")
                .isEqualTo(Reason.DAMAGED);
        assertThat(refusal(java.util.Arrays.copyOf(docx, docx.length / 2))).as("truncated DOCX")
                .isEqualTo(Reason.DAMAGED);
        assertThat(refusal(docx(documentXml("<w:p><w:r><w:t>unclosed")))).as("malformed XML")
                .isEqualTo(Reason.DAMAGED);
        var odt = SampleFiles.odtEntries(SampleFiles.contentXml("<text:p>hej</text:p>"));
        odt.removeIf(entry -> entry.name().equals("content.xml"));
        assertThat(refusal(SampleFiles.zip(odt))).as("ODT without content").isEqualTo(Reason.DAMAGED);
    }

    @Test
    void anEncryptedPdfIsRefused() {
        assertThat(refusal(SampleFiles.encryptedPdf("user-secret"))).as("needs a password to open")
                .isEqualTo(Reason.ENCRYPTED);
        assertThat(refusal(SampleFiles.encryptedPdf(""))).as("opens without one, but is encrypted")
                .isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void aDocxWithMacrosIsRefused() {
        var parts = docxParts(documentXml(paragraphs("hej")));
        parts.put("word/vbaProject.bin", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2, 3});

        assertThat(refusal(SampleFiles.zip(parts))).isEqualTo(Reason.ACTIVE_CONTENT);
    }

    @Test
    void otherActiveContentInOfficeDocumentsIsRefused() {
        var macroEnabled = docxParts(documentXml(paragraphs("hej")));
        macroEnabled.put("[Content_Types].xml", utf8(new String(macroEnabled.get("[Content_Types].xml"),
                StandardCharsets.UTF_8).replace(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")));
        assertThat(refusal(SampleFiles.zip(macroEnabled))).as("a .docm").isEqualTo(Reason.ACTIVE_CONTENT);

        var remoteTemplate = docxParts(documentXml(paragraphs("hej")));
        remoteTemplate.put("word/_rels/settings.xml.rels", utf8("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" \
                Target="https://example.invalid/evil.dotm" TargetMode="External"/></Relationships>"""));
        assertThat(refusal(SampleFiles.zip(remoteTemplate))).as("a template fetched from elsewhere")
                .isEqualTo(Reason.ACTIVE_CONTENT);

        List<Entry> basic = new ArrayList<>(SampleFiles.odtEntries(SampleFiles.contentXml("<text:p>hej</text:p>")));
        basic.add(Entry.of("Basic/Standard/Module1.xml", "<script:module/>"));
        assertThat(refusal(SampleFiles.zip(basic))).as("ODT Basic macros").isEqualTo(Reason.ACTIVE_CONTENT);

        assertThat(refusal(SampleFiles.odt(SampleFiles.contentXml("<office:event-listeners>"
                + "<script:event-listener script:language=\"ooo:script\" script:event-name=\"dom:load\"/>"
                + "</office:event-listeners><text:p>hej</text:p>"))))
                .as("ODT event listener").isEqualTo(Reason.ACTIVE_CONTENT);
    }

    @Test
    void xmlWithADoctypeIsRefusedAndNoEntityIsResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                + "<w:document xmlns:w=\"" + SampleFiles.W + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        assertThat(refusal(docx(xxe))).isEqualTo(Reason.DAMAGED);

        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                + "<w:document xmlns:w=\"" + SampleFiles.W + "\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        assertThat(refusal(docx(laughs))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void everyReasonHasItsOwnPlainSentence() {
        java.util.Set<String> sentences = new java.util.HashSet<>();
        for (Reason reason : Reason.values()) {
            String message = new UploadRefusedException(reason).getMessage();
            assertThat(message).as(reason.name()).matches("The uploaded [a-z].*\\.");
            sentences.add(message);
        }
        assertThat(sentences).hasSize(Reason.values().length);
    }

    @Test
    void theInspectedResultDoesNotPrintItsContent() {
        Inspected inspected = inspector.inspect(NAME, docx(documentXml(paragraphs(DANISH))));

        assertThat(inspected.toString()).contains("DOCX").doesNotContain(DANISH).doesNotContain("Søren");
    }
}
