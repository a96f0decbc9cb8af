package dk.tillid.document;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * PNG and JPEG: the pixel count is read from the header and checked before anything is decoded;
 * then the image is decoded and encoded anew, which leaves behind every metadata chunk or segment
 * (EXIF, GPS, XMP, text chunks, comments). JPEG is re-encoded at quality 0.9. Nothing is cached on
 * disk (ImageIO would otherwise spill to a temporary file).
 */
final class ImageInspection {

    static final float JPEG_QUALITY = 0.9f;

    private final UploadLimits limits;

    ImageInspection(UploadLimits limits) {
        this.limits = limits;
    }

    byte[] inspect(DocumentType type, byte[] content) {
        String format = type == DocumentType.PNG ? "png" : "jpeg";
        BufferedImage image = decode(format, content);
        try {
            return type == DocumentType.PNG ? encodePng(image) : encodeJpeg(image);
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException(Reason.DAMAGED);
        }
    }

    private BufferedImage decode(String format, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new UploadRefusedException(Reason.NOT_ALLOWED);
        }
        ImageReader reader = readers.next();
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UploadRefusedException(Reason.DAMAGED);
            }
            if (width * height > limits.maxImagePixels()) {
                throw new UploadRefusedException(Reason.IMAGE_TOO_LARGE);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new UploadRefusedException(Reason.DAMAGED);
            }
            return image;
        } catch (UploadRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException(Reason.DAMAGED);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        BufferedImage encodable = writer.getOriginatingProvider().canEncodeImage(image) ? image
                : redraw(image, BufferedImage.TYPE_INT_ARGB);
        return write(writer, encodable, null);
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        BufferedImage encodable = image.getColorModel().hasAlpha()
                || !writer.getOriginatingProvider().canEncodeImage(image)
                ? redraw(image, BufferedImage.TYPE_INT_RGB) : image;
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(JPEG_QUALITY);
        return write(writer, encodable, parameters);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam parameters)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage redraw(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = copy.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return copy;
    }
}
