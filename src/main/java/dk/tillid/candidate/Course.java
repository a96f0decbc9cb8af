package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import dk.tillid.platform.Fields;

/** A course or a test taken, on the person's own initiative or through the agency, with its result. */
public record Course(UUID id, Kind kind, String name, String provider, LocalDate takenOn, String result,
                     boolean throughAgency) implements SectionItem {

    public enum Kind { COURSE, TEST }

    public Course {
        id = id == null ? UUID.randomUUID() : id;
        Objects.requireNonNull(kind, "kind");
        name = Fields.required(name, "course name", 200);
        provider = Fields.optional(provider, "provider", 200);
        result = Fields.optional(result, "result", 200);
    }

    @Override
    public String toString() {
        return "Course[" + id + "]";
    }
}
