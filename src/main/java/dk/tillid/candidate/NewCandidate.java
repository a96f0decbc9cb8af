package dk.tillid.candidate;

import java.util.Objects;

import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;

/** What is needed to register a candidate: the person and a first profile. */
public record NewCandidate(NewPerson person, Profile profile) {

    public NewCandidate {
        Objects.requireNonNull(person, "person");
        if (person.kind() != PersonKind.CANDIDATE) {
            throw new IllegalArgumentException("A new candidate is a person of kind CANDIDATE");
        }
        if (person.contact().email() == null) {
            throw new IllegalArgumentException("A candidate needs an e-mail address");
        }
        profile = profile == null ? Profile.empty() : profile;
    }
}
