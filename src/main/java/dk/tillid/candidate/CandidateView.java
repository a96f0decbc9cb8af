package dk.tillid.candidate;

import java.util.Set;

import dk.tillid.person.Person;

/**
 * A candidate as one purpose may see them: the person, the candidate data, and which of its data
 * categories the policy gives that purpose. A page shows only what {@link #shows} allows.
 */
public record CandidateView(Person person, Candidate candidate, Set<String> visibleCategories) {

    public CandidateView {
        visibleCategories = Set.copyOf(visibleCategories);
    }

    public boolean shows(Section section) {
        return visibleCategories.contains(section.category());
    }

    /** The profile, skills and languages (P-DATA-2). */
    public boolean showsProfile() {
        return visibleCategories.contains(Candidates.CV);
    }

    public boolean showsUnemployment() {
        return visibleCategories.contains(Candidates.UNEMPLOYMENT);
    }

    /** Matching may use the profile only once the e-mail address is confirmed and the person has not unregistered. */
    public boolean activeForMatching() {
        return candidate.emailConfirmedAt().isPresent() && !person.isUnregistered();
    }

    public CandidateSummary.Status status() {
        if (person.isUnregistered()) {
            return CandidateSummary.Status.UNREGISTERED;
        }
        return activeForMatching() ? CandidateSummary.Status.ACTIVE : CandidateSummary.Status.AWAITING_CONFIRMATION;
    }
}
