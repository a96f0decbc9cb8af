package dk.tillid.placement;

import java.time.LocalDate;
import java.util.List;

import dk.tillid.candidate.CandidateView;
import dk.tillid.candidate.Education;
import dk.tillid.candidate.Experience;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Section;

/**
 * What a client receives about a proposed candidate: only what assessing them for the job needs.
 * The name, headline, skills, languages, titles and years of work and education, and when and for
 * what kind of work they are available. Never contact data or address (the client talks to the
 * agency), date of birth, summary (free text may hold anything), employers, next of kin,
 * references, unemployment, courses, CPR number or criminal record.
 */
record ClientProfile(String name, String headline, List<String> skills, List<LanguageSkill> languages,
                     List<Period> experience, List<Period> education, LocalDate availableFrom, Profile.WorkType workType) {

    /** The categories that leave: the name (P-DATA-1) and CV data (P-DATA-2). */
    static final List<String> CATEGORIES = List.of("P-DATA-1", "P-DATA-2");

    /** A title with its years, such as a job title from 2015 to 2019. */
    record Period(String title, Integer fromYear, Integer toYear) {
    }

    ClientProfile {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
    }

    static ClientProfile of(CandidateView view) {
        var candidate = view.candidate();
        Profile profile = candidate.profile();
        List<Period> work = candidate.items(Section.EXPERIENCE, Experience.class).stream()
                .map(job -> new Period(job.title(), year(job.startedOn()), year(job.endedOn()))).toList();
        List<Period> schooling = candidate.items(Section.EDUCATION, Education.class).stream()
                .map(education -> new Period(education.programme(), year(education.startedOn()), year(education.endedOn())))
                .toList();
        return new ClientProfile(view.person().name().fullName(), profile.headline(), profile.skills(),
                candidate.languages(), work, schooling, profile.availableFrom(), profile.workType());
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    @Override
    public String toString() {
        return "ClientProfile[redacted]";
    }
}
