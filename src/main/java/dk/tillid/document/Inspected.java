package dk.tillid.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * An accepted upload: its type as told by its content, the content with its metadata removed, the
 * text extracted from it ({@code ""} for images) and a file name fit for display.
 * {@link #toString()} names neither the content, the text nor the file name (they are personal data).
 */
record Inspected(DocumentType type, byte[] content, String text, String safeFilename) {

    Inspected {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(safeFilename, "safeFilename");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Inspected that && type == that.type && Arrays.equals(content, that.content)
                && text.equals(that.text) && safeFilename.equals(that.safeFilename);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(content), text, safeFilename);
    }

    @Override
    public String toString() {
        return "Inspected[type=" + type + ", bytes=" + content.length + ", textLength=" + text.length() + "]";
    }
}
