package dk.tillid.candidate;

import java.util.List;

import dk.tillid.person.PersonId;

/** A line of the candidate list. */
public record CandidateSummary(PersonId id, String name, String city, String headline, List<String> skills,
                               Status status) {

    public enum Status { AWAITING_CONFIRMATION, ACTIVE, UNREGISTERED }

    public CandidateSummary {
        skills = List.copyOf(skills);
    }

    @Override
    public String toString() {
        return "CandidateSummary[" + id + "]";
    }
}
