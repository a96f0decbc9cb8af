package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.PlausibleDateOfBirth;
import dk.tillid.person.PostalAddress;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A candidate's identity, contact data and profile, as a recruiter (or the API) enters them. */
public record CandidateForm(
        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}")
        @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String givenName,
        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}")
        @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String familyName,
        @NotBlank(message = "{field.required}") @Size(max = 254, message = "{field.tooLong}")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email}") String email,
        @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{field.phone}") String phone,
        @PlausibleDateOfBirth @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        @Size(max = 200, message = "{field.tooLong}") String street,
        @Size(max = 12, message = "{field.tooLong}") String postcode,
        @Size(max = 100, message = "{field.tooLong}") String city,
        @Size(max = 200, message = "{field.tooLong}") String headline,
        @Size(max = 5000, message = "{field.tooLong}") String summary,
        @Size(max = 1000, message = "{field.tooLong}") String skills,
        @NotNull(message = "{field.required}") Profile.WorkType workType,
        @Size(max = 100, message = "{field.tooLong}") String preferredArea,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate availableFrom) {

    public static CandidateForm empty() {
        return new CandidateForm("", "", "", "", null, "", "", "", "", "", "", Profile.WorkType.EITHER, "", null);
    }

    static CandidateForm of(CandidateView view) {
        var person = view.person();
        var profile = view.candidate().profile();
        var address = person.address();
        return new CandidateForm(person.name().givenName(), person.name().familyName(), person.contact().email(),
                person.contact().phone(), person.dateOfBirth().orElse(null),
                address.map(PostalAddress::street).orElse(""), address.map(PostalAddress::postcode).orElse(""),
                address.map(PostalAddress::city).orElse(""), profile.headline(), profile.summary(),
                String.join(", ", profile.skills()), profile.workType(), profile.preferredArea(), profile.availableFrom());
    }

    public NewCandidate candidate() {
        return new NewCandidate(person(), profile());
    }

    @AssertTrue(message = "{field.address.incomplete}")
    @JsonIgnore
    public boolean isAddressComplete() {
        boolean any = notBlank(street) || notBlank(postcode) || notBlank(city);
        return !any || notBlank(street) && notBlank(postcode) && notBlank(city);
    }

    NewPerson person() {
        return new NewPerson(PersonKind.CANDIDATE, name(), contact(), dateOfBirth, address());
    }

    PersonName name() {
        return new PersonName(givenName, familyName);
    }

    ContactDetails contact() {
        return new ContactDetails(email, phone);
    }

    /** An address only when its street, postcode and city are all given. */
    PostalAddress address() {
        boolean any = notBlank(street) || notBlank(postcode) || notBlank(city);
        return any ? new PostalAddress(street, postcode, city, null) : null;
    }

    Profile profile() {
        List<String> skillList = skills == null ? List.of() : Arrays.stream(skills.split("[,;]")).map(String::strip)
                .filter(skill -> !skill.isEmpty()).toList();
        return new Profile(headline, summary, skillList, workType, preferredArea, availableFrom);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public String toString() {
        return "CandidateForm[hidden]";
    }
}
