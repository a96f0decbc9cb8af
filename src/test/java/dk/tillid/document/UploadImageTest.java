package dk.tillid.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static dk.tillid.document.SampleFiles.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;

/** Images are decoded and encoded anew, which leaves their metadata behind. */
class UploadImageTest {

    final UploadInspector inspector = new UploadInspector(UploadLimits.defaults());

    @Test
    void aJpegComesBackWithoutItsExif() throws IOException {
        byte[] original = SampleFiles.jpegWithExif(64, 48);
        assertThat(SampleFiles.contains(original, "Exif")).isTrue();
        assertThat(SampleFiles.contains(original, "CameraMarkerGPS")).isTrue();

        Inspected inspected = inspector.inspect("foto.jpeg", original);

        assertThat(inspected.type()).isEqualTo(DocumentType.JPEG);
        assertThat(inspected.safeFilename()).isEqualTo("foto.jpg");
        assertThat(inspected.text()).isEmpty();
        assertThat(SampleFiles.contains(inspected.content(), "Exif")).isFalse();
        assertThat(SampleFiles.contains(inspected.content(), "CameraMarkerGPS")).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(inspected.content()));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void aPngComesBackWithoutItsTextChunks() throws IOException {
        byte[] original = SampleFiles.pngWithTextChunk(30, 20);
        assertThat(SampleFiles.contains(original, "tEXt")).isTrue();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));

        Inspected inspected = inspector.inspect("foto.png", original);

        assertThat(inspected.type()).isEqualTo(DocumentType.PNG);
        assertThat(SampleFiles.contains(inspected.content(), "tEXt")).isFalse();
        assertThat(SampleFiles.contains(inspected.content(), AUTHOR)).isFalse();
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(inspected.content()));
        assertThat(after.getWidth()).isEqualTo(30);
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 20; y++) {
                assertThat(after.getRGB(x, y)).as("PNG is lossless").isEqualTo(before.getRGB(x, y));
            }
        }
    }
}
