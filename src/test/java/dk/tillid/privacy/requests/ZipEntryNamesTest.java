package dk.tillid.privacy.requests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZipEntryNamesTest {

    @Test
    void namesArePlainAsciiWithoutAPathAndKeepTheirExtension() {
        assertThat(ZipEntryNames.safe("Ærø CV; \"final\".pdf")).isEqualTo("AEro-CV-final.pdf");
        assertThat(ZipEntryNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ZipEntryNames.safe("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(ZipEntryNames.safe(".hidden.png")).isEqualTo("hidden.png");
        assertThat(ZipEntryNames.safe("CON.pdf")).isEqualTo("_CON.pdf");
        assertThat(ZipEntryNames.safe("‮fdp.exe")).isEqualTo("fdp.exe");
        assertThat(ZipEntryNames.safe(null)).isEqualTo("file");
        assertThat(ZipEntryNames.safe("ééé")).isEqualTo("eee");
        assertThat(ZipEntryNames.safe("日本.pdf")).isEqualTo("file.pdf");
        assertThat(ZipEntryNames.safe("a".repeat(300) + ".docx")).hasSize(ZipEntryNames.MAX_LENGTH).endsWith("a.docx");
    }

    @Test
    void aNameIsNeverGivenTwiceNotEvenInAnotherCase() {
        ZipEntryNames names = new ZipEntryNames();

        assertThat(names.unique("files", "cv.pdf")).isEqualTo("files/cv.pdf");
        assertThat(names.unique("files", "CV.pdf")).isEqualTo("files/CV-2.pdf");
        assertThat(names.unique("files", "cv.pdf")).isEqualTo("files/cv-3.pdf");
        assertThat(names.unique("files", null)).isEqualTo("files/file");
        assertThat(names.unique("files", "")).isEqualTo("files/file-2");
    }
}
