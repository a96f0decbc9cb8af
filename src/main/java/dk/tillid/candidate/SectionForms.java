package dk.tillid.candidate;

import java.time.LocalDate;
import java.util.List;

import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonName;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms that add an entry to a section, or set languages and unemployment. */
final class SectionForms {

    private static final String PHONE = "^$|^\\+?[0-9 ()-]{6,20}$";
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private SectionForms() {
    }

    private static boolean inOrder(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    record EducationForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String institution,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String programme,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            Boolean completed) {

        @AssertTrue(message = "{field.dates.order}")
        public boolean isInOrder() {
            return inOrder(startedOn, endedOn);
        }

        Education item() {
            return new Education(null, institution, programme, startedOn, endedOn, Boolean.TRUE.equals(completed));
        }
    }

    record ExperienceForm(
            @NotNull(message = "{field.required}") Experience.Kind kind,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String employer,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            @Size(max = 2000, message = "{field.tooLong}") String description) {

        @AssertTrue(message = "{field.dates.order}")
        public boolean isInOrder() {
            return inOrder(startedOn, endedOn);
        }

        Experience item() {
            return new Experience(null, kind, employer, title, startedOn, endedOn, description);
        }
    }

    record CourseForm(
            @NotNull(message = "{field.required}") Course.Kind kind,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String name,
            @Size(max = 200, message = "{field.tooLong}") String provider,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
            @Size(max = 200, message = "{field.tooLong}") String result,
            Boolean throughAgency) {

        Course item() {
            return new Course(null, kind, name, provider, takenOn, result, Boolean.TRUE.equals(throughAgency));
        }
    }

    record LanguageForm(
            @NotBlank(message = "{field.required}") @Pattern(regexp = "^[A-Za-z]{2,3}$", message = "{field.language}") String language,
            @NotNull(message = "{field.required}") LanguageSkill.Level level) {

        LanguageSkill skill() {
            return new LanguageSkill(language, level);
        }
    }

    record UnemploymentForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate unemployedSince,
            @Size(max = 100, message = "{field.tooLong}") String insuranceFund,
            @Size(max = 100, message = "{field.tooLong}") String leave,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveTo) {

        @AssertTrue(message = "{field.dates.order}")
        public boolean isInOrder() {
            return inOrder(leaveFrom, leaveTo);
        }

        Unemployment value() {
            return new Unemployment(unemployedSince, insuranceFund, leave, leaveFrom, leaveTo);
        }
    }

    record NextOfKinForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
            @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String name,
            @Size(max = 100, message = "{field.tooLong}") String relation,
            @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = PHONE, message = "{field.phone}") String phone,
            @Size(max = 254, message = "{field.tooLong}") @Email(regexp = EMAIL, message = "{field.email}") String email) {

        @AssertTrue(message = "{field.nextOfKin.reach}")
        public boolean isReachable() {
            return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        }

        NextOfKin item() {
            return new NextOfKin(null, name, relation, phone, email);
        }
    }

    record RefereeForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}")
            @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String name,
            @Size(max = 200, message = "{field.tooLong}") String company,
            @Size(max = 200, message = "{field.tooLong}") String position,
            @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = PHONE, message = "{field.phone}") String phone,
            @Size(max = 254, message = "{field.tooLong}") @Email(regexp = EMAIL, message = "{field.email}") String email,
            @Size(max = 5000, message = "{field.tooLong}") String statement) {

        Referee item() {
            return new Referee(null, name, company, position, phone, email, statement);
        }
    }

    record ContactForm(
            @NotNull(message = "{field.required}") ContactEvent.Kind kind,
            @Size(max = 500, message = "{field.tooLong}") String note) {

        /** What a recruiter records by hand; registration and portal logins are recorded by the system. */
        static final List<ContactEvent.Kind> RECORDABLE = List.of(ContactEvent.Kind.CALL, ContactEvent.Kind.EMAIL,
                ContactEvent.Kind.MEETING, ContactEvent.Kind.APPLICATION);

        @AssertTrue(message = "{field.contact.kind}")
        public boolean isRecordable() {
            return kind == null || RECORDABLE.contains(kind);
        }
    }
}
