package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.platform.Fields;

/** An education, finished or under way. */
public record Education(UUID id, String institution, String programme, LocalDate startedOn, LocalDate endedOn,
                        boolean completed) implements SectionItem {

    public Education {
        id = id == null ? UUID.randomUUID() : id;
        institution = Fields.required(institution, "institution", 200);
        programme = Fields.required(programme, "programme", 200);
        Fields.inOrder(startedOn, endedOn, "education");
    }

    @Override
    public String toString() {
        return "Education[" + id + "]";
    }
}
