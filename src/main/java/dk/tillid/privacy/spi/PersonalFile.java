package dk.tillid.privacy.spi;

import java.util.Objects;

/**
 * A file among a person's data, such as an uploaded document, named in an export by the module that
 * holds it. The export carries this reference, not the content: a package with twenty documents
 * would otherwise carry them all in memory, base64 in its JSON; the content is read one file at a
 * time with {@link PersonalData#original(dk.tillid.privacy.SubjectId, PersonalFile)}.
 */
public record PersonalFile(String source, String id) {

    public PersonalFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
    }
}
