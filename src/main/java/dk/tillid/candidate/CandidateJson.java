package dk.tillid.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.tillid.person.PostalAddress;

/**
 * A candidate as the API shows them to one purpose: a section the purpose may not see is left
 * out, not sent empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CandidateJson(UUID id, String givenName, String familyName, String email, String phone, LocalDate dateOfBirth,
                     PostalAddress address, CandidateSummary.Status status, Candidate.RegisteredVia registeredVia,
                     Instant registeredAt, Instant lastContactAt, Profile profile, List<LanguageSkill> languages,
                     List<Education> education, List<Experience> experience, List<Course> courses,
                     Unemployment unemployment, List<Referee> referees, List<NextOfKin> nextOfKin) {

    static CandidateJson of(CandidateView view) {
        var person = view.person();
        var candidate = view.candidate();
        boolean profile = view.showsProfile();
        return new CandidateJson(person.id().value(), person.name().givenName(), person.name().familyName(),
                person.contact().email(), person.contact().phone(), person.dateOfBirth().orElse(null),
                person.address().orElse(null), view.status(), candidate.registeredVia(), person.registeredAt(),
                person.lastContactAt(),
                profile ? candidate.profile() : null,
                profile ? candidate.languages() : null,
                items(view, Section.EDUCATION, Education.class),
                items(view, Section.EXPERIENCE, Experience.class),
                items(view, Section.COURSES, Course.class),
                view.showsUnemployment() ? candidate.unemployment().orElse(null) : null,
                items(view, Section.REFEREES, Referee.class),
                items(view, Section.NEXT_OF_KIN, NextOfKin.class));
    }

    private static <T extends SectionItem> List<T> items(CandidateView view, Section section, Class<T> type) {
        return view.shows(section) ? view.candidate().items(section, type) : null;
    }

    @Override
    public String toString() {
        return "CandidateJson[" + id + "]";
    }
}
