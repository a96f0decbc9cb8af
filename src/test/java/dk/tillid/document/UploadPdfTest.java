package dk.tillid.document;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dk.tillid.document.UploadRefusedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static dk.tillid.document.SampleFiles.AUTHOR;
import static dk.tillid.document.SampleFiles.DANISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** PDF: metadata and scripts go, the text comes out, bombs are stopped before PDFBox expands them. */
class UploadPdfTest {

    final UploadInspector inspector = new UploadInspector(UploadLimits.defaults());

    @Test
    void danishTextRoundTrips() {
        Inspected inspected = inspector.inspect("cv.pdf", SampleFiles.pdf(DANISH, "Anden linje"));

        assertThat(inspected.type()).isEqualTo(DocumentType.PDF);
        assertThat(inspected.text()).isEqualTo(DANISH + "\nAnden linje");
        assertThat(inspected.content()).startsWith("%PDF-".getBytes());
    }

    @Test
    void theDocumentInformationAndXmpMetadataAreGone() throws IOException {
        byte[] original = SampleFiles.pdf(DANISH);
        try (PDDocument before = Loader.loadPDF(original)) {
            assertThat(before.getDocumentInformation().getAuthor()).isEqualTo(AUTHOR);
            assertThat(before.getDocumentCatalog().getMetadata()).isNotNull();
        }

        Inspected inspected = inspector.inspect("cv.pdf", original);

        try (PDDocument after = Loader.loadPDF(inspected.content())) {
            PDDocumentInformation information = after.getDocumentInformation();
            assertThat(information.getAuthor()).isNull();
            assertThat(information.getTitle()).isNull();
            assertThat(information.getCreator()).isNull();
            assertThat(information.getCOSObject().keySet()).isEmpty();
            assertThat(after.getDocumentCatalog().getMetadata()).isNull();
            assertThat(new PDFTextStripper().getText(after)).contains(DANISH);
        }
        assertThat(SampleFiles.contains(inspected.content(), "XmpAuthorMarker")).isFalse();
        assertThat(SampleFiles.contains(inspected.content(), "Hemmelig titel")).isFalse();
    }

    @Test
    void javaScriptAndEmbeddedFilesAreRemovedRatherThanRefused() throws IOException {
        byte[] original = SampleFiles.pdfWithJavaScriptAndAttachment();
        try (PDDocument before = Loader.loadPDF(original)) {
            assertThat(before.getDocumentCatalog().getOpenAction()).isNotNull();
            assertThat(before.getDocumentCatalog().getNames().getJavaScript()).isNotNull();
            assertThat(before.getDocumentCatalog().getNames().getEmbeddedFiles()).isNotNull();
        }

        Inspected inspected = inspector.inspect("cv.pdf", original);

        try (PDDocument after = Loader.loadPDF(inspected.content())) {
            PDDocumentCatalog catalog = after.getDocumentCatalog();
            assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            if (catalog.getNames() != null) {
                assertThat(catalog.getNames().getJavaScript()).isNull();
                assertThat(catalog.getNames().getEmbeddedFiles()).isNull();
            }
            assertThat(after.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(inspected.text()).isEqualTo("Med script");
        assertThat(uncompressed(inspected.content())).doesNotContain("OpenActionMarker", "NameTreeMarker",
                "AttachmentMarker", "JavaScript");
    }

    @Test
    void scriptsOnLinksAndPagesAreRemovedAndWebLinksKept() throws IOException {
        byte[] original = SampleFiles.pdf(document -> {
            PDPage page = document.getPage(0);
            PDAnnotationLink script = new PDAnnotationLink();
            script.setRectangle(new PDRectangle(72, 690, 100, 20));
            script.setAction(new PDActionJavaScript("app.alert('LinkMarker');"));
            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(72, 660, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/profil");
            web.setAction(uri);
            page.setAnnotations(List.of(script, web));
            page.getActions().setO(new PDActionJavaScript("app.alert('PageOpenMarker');"));
        }, "Links");

        Inspected inspected = inspector.inspect("cv.pdf", original);

        try (PDDocument after = Loader.loadPDF(inspected.content())) {
            PDPage page = after.getPage(0);
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            List<PDAnnotation> annotations = page.getAnnotations();
            assertThat(annotations).hasSize(2);
            assertThat(((PDAnnotationLink) annotations.get(0)).getAction()).isNull();
            assertThat(((PDAnnotationLink) annotations.get(1)).getAction()).isInstanceOfSatisfying(PDActionURI.class,
                    action -> assertThat(action.getURI()).isEqualTo("https://example.org/profil"));
        }
        assertThat(uncompressed(inspected.content())).doesNotContain("LinkMarker", "PageOpenMarker");
    }

    @Test
    void aFlateBombIsRefusedBeforePdfBoxExpandsIt() {
        byte[] fine = SampleFiles.rawPdf(SampleFiles.deflated("0 0 m 100 100 l S".getBytes()),
                "/Filter /FlateDecode");
        assertThat(inspector.inspect("a.pdf", fine).type()).as("the hand-made PDF is sound").isEqualTo(DocumentType.PDF);

        byte[] bomb = SampleFiles.rawPdf(SampleFiles.deflatedZeros(500L * 1000 * 1000), "/Filter /FlateDecode");
        assertThat(bomb.length).isLessThan(1 << 20);

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThat(
                UploadInspectorTest.refusal(inspector, "a.pdf", bomb)).isEqualTo(Reason.SUSPICIOUS_COMPRESSION));
    }

    @Test
    void aRunLengthStreamThatExpandsBeyondTheBudgetIsRefused() {
        // RunLengthDecode: 0x81 0x00 is 128 zero bytes; 500,000 pairs are 64 MB from 1 MB
        byte[] runs = new byte[1_000_001];
        for (int i = 0; i < 1_000_000; i += 2) {
            runs[i] = (byte) 0x81;
        }
        runs[1_000_000] = (byte) 128;
        byte[] pdf = SampleFiles.rawPdf(runs, "/Filter /RunLengthDecode");

        assertThat(UploadInspectorTest.refusal(inspector, "a.pdf", pdf)).isEqualTo(Reason.ARCHIVE_TOO_LARGE);

        byte[] small = SampleFiles.rawPdf(new byte[] {(byte) 0x81, ' ', (byte) 128}, "/Filter /RunLengthDecode");
        assertThat(inspector.inspect("a.pdf", small).type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void extractedTextIsCapped() {
        String line = "Ærø Østergade Åbyhøj ".repeat(4);
        String[] lines = new String[3000];
        java.util.Arrays.fill(lines, line);
        // 3000 lines of 84 characters: about 250,000 characters
        Inspected inspected = new UploadInspector(UploadLimits.defaults()).inspect("a.pdf", pdfWithPages(lines));

        assertThat(inspected.text().length()).isLessThanOrEqualTo(ExtractedText.MAX_CHARACTERS)
                .isGreaterThan(ExtractedText.MAX_CHARACTERS - 200);
    }

    /** Lines over as many pages as they need (50 a page). */
    private static byte[] pdfWithPages(String[] lines) {
        return SampleFiles.pdf(document -> {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.length; start += 50) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.newLineAtOffset(20, 760);
                    for (int i = start; i < Math.min(lines.length, start + 50); i++) {
                        content.showText(lines[i]);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
        }, "first");
    }

    /** The PDF with every stream decoded, as text (to look for what should be gone). */
    private static String uncompressed(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var key : document.getDocument().getXrefTable().keySet()) {
                var object = document.getDocument().getObjectFromPool(key).getObject();
                all.append(object);
                if (object instanceof org.apache.pdfbox.cos.COSStream stream) {
                    try (var in = stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void aBombBehindAnotherFilterIsRefusedBeforeItIsExpanded() {
        byte[] deflated = SampleFiles.deflatedZeros(400L * 1000 * 1000);
        byte[] hex = java.util.HexFormat.of().formatHex(deflated).concat(">").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bomb = SampleFiles.rawPdf(hex, "/Filter [/ASCIIHexDecode /FlateDecode]");

        assertThatThrownBy(() -> new UploadInspector(UploadLimits.defaults()).inspect("cv.pdf", bomb))
                .isInstanceOfSatisfying(UploadRefusedException.class, refused -> assertThat(refused.reason())
                        .isIn(UploadRefusedException.Reason.ARCHIVE_TOO_LARGE, UploadRefusedException.Reason.SUSPICIOUS_COMPRESSION));
    }

    @Test
    void aCommentDoesNotMakeAStreamAnImage() {
        byte[] bomb = SampleFiles.rawPdf(SampleFiles.deflatedZeros(120L * 1000 * 1000),
                "/Filter /FlateDecode %/Subtype /Image /Width 6000 /Height 6000 /BitsPerComponent 16\n");

        assertThatThrownBy(() -> new UploadInspector(UploadLimits.defaults()).inspect("cv.pdf", bomb))
                .isInstanceOfSatisfying(UploadRefusedException.class, refused -> assertThat(refused.reason())
                        .isIn(UploadRefusedException.Reason.ARCHIVE_TOO_LARGE, UploadRefusedException.Reason.SUSPICIOUS_COMPRESSION));
    }
}
