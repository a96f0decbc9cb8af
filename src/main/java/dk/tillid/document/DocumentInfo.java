package dk.tillid.document;

import java.time.Instant;

import dk.tillid.person.PersonId;

/** A document as a list shows it; the content is fetched on its own. */
public record DocumentInfo(DocumentId id, PersonId person, DocumentKind kind, String displayName, String mediaType,
                           int sizeBytes, Instant uploadedAt, String uploadedBy) {

    @Override
    public String toString() {
        return "DocumentInfo[" + id + ", " + kind + "]";
    }
}
