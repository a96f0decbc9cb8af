package dk.tillid.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

/** Generated scans for the uploads of the access-package benchmark. */
final class ScannedPages {

    private final Random noise;

    ScannedPages(Random noise) {
        this.noise = noise;
    }

    /**
     * A scanned A4 page at 150 dpi in grey: white paper with 40 bands of scanner noise where the text
     * is, about 250 KB as PNG (noise does not compress), as a phone or office scan of a certificate is.
     */
    byte[] next() {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, (byte) 0xF4);
        for (int band = 0; band < 40; band++) {
            int top = 150 + band * 36;
            for (int y = top; y < top + 5; y++) {
                for (int x = 100; x < 1140; x++) {
                    pixels[y * 1240 + x] = (byte) noise.nextInt(256);
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(page, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
