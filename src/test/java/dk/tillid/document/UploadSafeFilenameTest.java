package dk.tillid.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The display name: last path segment, nothing dangerous, the detected type's extension. */
class UploadSafeFilenameTest {

    static String safe(String name, DocumentType type) {
        return SafeFilename.of(name, type);
    }

    @Test
    void aPathClimbingOutKeepsOnlyItsLastSegmentAndGetsTheDetectedExtension() {
        assertThat(safe("../../etc/passwd", DocumentType.PNG)).isEqualTo("passwd.png");
        assertThat(safe("C:\\Users\\Søren\\Documents\\cv.docx", DocumentType.DOCX)).isEqualTo("cv.docx");
        assertThat(safe("..\\..\\windows\\win.ini", DocumentType.PDF)).isEqualTo("win.pdf");
    }

    @Test
    void anOrdinaryDanishNameStaysAsItIs() {
        assertThat(safe("Søren CV.pdf", DocumentType.PDF)).isEqualTo("Søren CV.pdf");
        assertThat(safe("Ærø Østergade Åbyhøj.odt", DocumentType.ODT)).isEqualTo("Ærø Østergade Åbyhøj.odt");
        assertThat(safe("Zoë Łukasz 王小明 Ольга.docx", DocumentType.DOCX)).isEqualTo("Zoë Łukasz 王小明 Ольга.docx");
    }

    @Test
    void theExtensionIsForcedToTheDetectedType() {
        assertThat(safe("cv.pdf", DocumentType.PNG)).isEqualTo("cv.png");
        assertThat(safe("photo.JPEG", DocumentType.JPEG)).isEqualTo("photo.jpg");
        assertThat(safe("invoice.pdf.exe", DocumentType.PDF)).isEqualTo("invoice.pdf");
        assertThat(safe("README", DocumentType.ODT)).isEqualTo("README.odt");
        assertThat(safe("Jens.Hansen", DocumentType.PDF)).as("not an extension").isEqualTo("Jens.Hansen.pdf");
    }

    @Test
    void aBlankOrMissingNameBecomesDocument() {
        assertThat(safe(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(safe("", DocumentType.DOCX)).isEqualTo("document.docx");
        assertThat(safe("   \t ", DocumentType.PNG)).isEqualTo("document.png");
        assertThat(safe("...", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(safe("uploads/", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(safe("<>:|?*\"", DocumentType.JPEG)).isEqualTo("document.jpg");
        assertThat(safe(".pdf", DocumentType.PDF)).as("a hidden file called pdf").isEqualTo("pdf.pdf");
    }

    @Test
    void controlAndReservedCharactersAndLeadingDotsGo() {
        assertThat(safe("a<b>c:d*e?f|g\"h\u0000i\u0007j.pdf", DocumentType.PDF)).isEqualTo("abcdefghij.pdf");
        assertThat(safe(".htaccess", DocumentType.PDF)).isEqualTo("htaccess.pdf");
        assertThat(safe("..hidden cv.pdf", DocumentType.PDF)).isEqualTo("hidden cv.pdf");
        assertThat(safe("cv\u202Efdp.exe", DocumentType.PDF)).as("no right-to-left override").isEqualTo("cvfdp.pdf");
        assertThat(safe("cv\r\nSet-Cookie: x.pdf", DocumentType.PDF)).isEqualTo("cv Set-Cookie x.pdf");
    }

    @Test
    void whiteSpaceIsCollapsed() {
        assertThat(safe("  Søren \t  Ærø\u00a0\u00a0 CV .pdf ", DocumentType.PDF)).isEqualTo("Søren Ærø CV.pdf");
    }

    @Test
    void decomposedLettersAreComposed() {
        assertThat(safe("A\u030Arhus.pdf", DocumentType.PDF)).isEqualTo("Århus.pdf");
    }

    @Test
    void theNameIsAtMostOneHundredCharacters() {
        String name = safe("æ".repeat(300) + ".pdf", DocumentType.PDF);
        assertThat(name).hasSize(100).endsWith("æ.pdf");

        String emoji = safe("😀".repeat(60) + ".pdf", DocumentType.PDF);
        assertThat(emoji).hasSizeLessThanOrEqualTo(100).endsWith("😀.pdf");
    }

    @Test
    void windowsDeviceNamesAreDefused() {
        assertThat(safe("CON.pdf", DocumentType.PDF)).isEqualTo("_CON.pdf");
        assertThat(safe("nul", DocumentType.PNG)).isEqualTo("_nul.png");
    }

    @Test
    void theInspectorGivesTheSafeName() {
        Inspected inspected = new UploadInspector(UploadLimits.defaults())
                .inspect("../../etc/passwd", SampleFiles.png(4, 4));

        assertThat(inspected.safeFilename()).isEqualTo("passwd.png");
    }
}
