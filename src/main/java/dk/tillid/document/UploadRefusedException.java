package dk.tillid.document;

/**
 * An upload was refused. The message is a plain English sentence fit for a log: it never holds the
 * file's name or any of its content (nor does a cause, as none is kept).
 */
public final class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY, TOO_LARGE, NOT_ALLOWED, ARCHIVE_TOO_LARGE, TOO_MANY_ENTRIES, SUSPICIOUS_COMPRESSION, IMAGE_TOO_LARGE,
        DAMAGED, ENCRYPTED, ACTIVE_CONTENT
    }

    private final Reason reason;

    UploadRefusedException(Reason reason) {
        super(sentence(reason));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static String sentence(Reason reason) {
        return switch (reason) {
            case EMPTY -> "The uploaded file is empty.";
            case TOO_LARGE -> "The uploaded file is larger than the allowed size.";
            case NOT_ALLOWED -> "The uploaded file is not a PDF, DOCX, ODT, PNG or JPEG document.";
            case ARCHIVE_TOO_LARGE -> "The uploaded document expands to more data than allowed when decompressed.";
            case TOO_MANY_ENTRIES -> "The uploaded document holds more parts than allowed.";
            case SUSPICIOUS_COMPRESSION -> "The uploaded document holds a part compressed suspiciously strongly.";
            case IMAGE_TOO_LARGE -> "The uploaded image has more pixels than allowed.";
            case DAMAGED -> "The uploaded file is damaged or could not be read.";
            case ENCRYPTED -> "The uploaded document is encrypted or protected by a password.";
            case ACTIVE_CONTENT -> "The uploaded document holds macros or other active content.";
        };
    }
}
