package dk.tillid.site;

import dk.tillid.candidate.CandidateForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What a candidate fills in on the website: the candidate's data and, apart, the marketing opt-in (unticked). */
record RegistrationForm(@Valid @NotNull CandidateForm candidate, Boolean marketing) {

    /**
     * A post without any of the candidate's fields (a bot, a hand-made request) is an empty form: it
     * fails validation field by field and the page shows it again, instead of the page failing on
     * fields it cannot find (found by the access-control matrix, T7).
     */
    RegistrationForm {
        candidate = candidate == null ? CandidateForm.empty() : candidate;
    }

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
