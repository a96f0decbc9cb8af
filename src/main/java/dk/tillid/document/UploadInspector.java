package dk.tillid.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import dk.tillid.document.UploadRefusedException.Reason;

/**
 * Inspects an upload before anything keeps it: tells its type by its content alone (the name and the
 * claimed media type are never believed), refuses what is empty, too large, of another type, a
 * decompression bomb, damaged, encrypted or carrying macros, and returns the content with its
 * metadata removed, its text, and a file name fit for display.
 */
final class UploadInspector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final UploadLimits limits;

    UploadInspector(UploadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @throws UploadRefusedException if the upload is refused (its reason says why) */
    Inspected inspect(String originalFilename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UploadRefusedException(Reason.EMPTY);
        }
        if (content.length > limits.maxBytes()) {
            throw new UploadRefusedException(Reason.TOO_LARGE);
        }
        if (startsWith(content, PDF)) {
            PdfInspection.Result pdf = new PdfInspection(limits).inspect(content);
            return inspected(DocumentType.PDF, pdf.content(), pdf.text(), originalFilename);
        }
        if (startsWith(content, PNG) || startsWith(content, JPEG)) {
            DocumentType type = startsWith(content, PNG) ? DocumentType.PNG : DocumentType.JPEG;
            return inspected(type, new ImageInspection(limits).inspect(type, content), "", originalFilename);
        }
        if (startsWith(content, ZIP)) {
            OfficeInspection.Result office = new OfficeInspection(limits).inspect(content);
            return inspected(office.type(), office.content(), office.text(), originalFilename);
        }
        throw new UploadRefusedException(Reason.NOT_ALLOWED);
    }

    private static Inspected inspected(DocumentType type, byte[] content, String text, String originalFilename) {
        return new Inspected(type, content, text, SafeFilename.of(originalFilename, type));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
