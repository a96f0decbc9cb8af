package dk.tillid.candidate;

import java.util.List;

import dk.tillid.person.PersonId;

/** One page of candidates and, if there are more, the last one shown to continue after. */
public record CandidatePage(List<CandidateSummary> candidates, PersonId continueAfter) {

    public CandidatePage {
        candidates = List.copyOf(candidates);
    }

    public boolean hasMore() {
        return continueAfter != null;
    }
}
