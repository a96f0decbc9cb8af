package dk.tillid.document;

import java.util.Objects;

import dk.tillid.person.PersonId;

/** A file someone wants the agency to keep: whose, what kind, the name it came with and its bytes. */
public record Upload(PersonId person, DocumentKind kind, String originalFilename, byte[] content) {

    public Upload {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        content = content == null ? new byte[0] : content;
    }

    @Override
    public String toString() {
        return "Upload[" + kind + ", " + content.length + " bytes]";
    }
}
