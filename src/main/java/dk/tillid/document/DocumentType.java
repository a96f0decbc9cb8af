package dk.tillid.document;

/** The kinds of document an upload may be, as told by its content (never by its name). */
enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    String extension() {
        return extension;
    }
}
