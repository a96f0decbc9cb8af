package dk.tillid.document;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/** Where the document store keeps its files and how a file's ciphertext is bound, for the raw reads of a benchmark. */
public final class DocumentBenchmarkAccess {

    private DocumentBenchmarkAccess() {
    }

    public static Path directory(ApplicationContext context) {
        return context.getBean(DocumentStore.class).directory();
    }

    public static String contentField(UUID document) {
        return Documents.contentField(new DocumentId(document));
    }

    public static String nameField(UUID document) {
        return Documents.nameField(new DocumentId(document));
    }
}
