package dk.tillid.candidate;

import dk.tillid.person.PersonId;

/** The candidate list's filters as the page posts them, and where the page continues. */
record CandidateSearchForm(String name, String city, String skill, String language, CandidateSummary.Status status,
                           String words, String after) {

    static CandidateSearchForm empty() {
        return new CandidateSearchForm(null, null, null, null, null, null, null);
    }

    CandidateFilter filter() {
        return new CandidateFilter(name, city, skill, language, status, words);
    }

    PersonId afterId() {
        return after == null || after.isBlank() ? null : PersonId.parse(after.strip());
    }

    @Override
    public String toString() {
        return "CandidateSearchForm[hidden]";
    }
}
