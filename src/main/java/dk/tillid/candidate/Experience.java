package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import dk.tillid.platform.Fields;

/** A job or an internship (praktik). */
public record Experience(UUID id, Kind kind, String employer, String title, LocalDate startedOn, LocalDate endedOn,
                         String description) implements SectionItem {

    public enum Kind { JOB, INTERNSHIP }

    public Experience {
        id = id == null ? UUID.randomUUID() : id;
        Objects.requireNonNull(kind, "kind");
        employer = Fields.required(employer, "employer", 200);
        title = Fields.required(title, "job title", 200);
        description = Fields.optionalText(description, "description", 2000);
        Fields.inOrder(startedOn, endedOn, "job");
    }

    @Override
    public String toString() {
        return "Experience[" + id + "]";
    }
}
