package dk.tillid.candidate;

import java.time.LocalDate;

import dk.tillid.person.PersonId;

/**
 * A candidate who fits a job, with a score from 0 to 100 and the explanation of it.
 * Weights: skills 40, languages 20, location 15, availability 10, kind of work 5, words of profile and CV 10.
 */
public record CandidateMatch(PersonId id, String name, String headline, String city, LocalDate availableFrom,
                             int score, MatchExplanation explanation) {

    @Override
    public String toString() {
        return "CandidateMatch[" + id + ", " + score + "]";
    }
}
