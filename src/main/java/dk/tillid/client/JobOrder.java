package dk.tillid.client;

import java.time.LocalDate;
import java.util.List;

/** What a client asks for: who, with which skills and languages, where, from when and for how long. */
public record JobOrder(JobOrderId id, ClientId client, String clientName, String title, String description,
                       List<String> skills, List<RequiredLanguage> languages, String city, String postcode,
                       LocalDate start, Integer durationWeeks, Kind kind, Status status, int positions) {

    public enum Kind { PERMANENT, TEMPORARY }

    public enum Status { OPEN, FILLED, CLOSED }

    public JobOrder {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
