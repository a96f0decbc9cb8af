package dk.tillid.site;

import dk.tillid.candidate.CandidateForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What a candidate fills in on the website: the candidate's data and, apart, the marketing opt-in (unticked). */
record RegistrationForm(@Valid @NotNull CandidateForm candidate, Boolean marketing) {

    static RegistrationForm empty() {
        return new RegistrationForm(CandidateForm.empty(), false);
    }

    boolean wantsMarketing() {
        return Boolean.TRUE.equals(marketing);
    }

    @Override
    public String toString() {
        return "RegistrationForm[hidden]";
    }
}
