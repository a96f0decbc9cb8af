package dk.tillid.candidate;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.candidate.SectionForms.CourseForm;
import dk.tillid.candidate.SectionForms.EducationForm;
import dk.tillid.candidate.SectionForms.ExperienceForm;
import dk.tillid.candidate.SectionForms.LanguageForm;
import dk.tillid.candidate.SectionForms.NextOfKinForm;
import dk.tillid.candidate.SectionForms.RefereeForm;
import dk.tillid.candidate.SectionForms.UnemploymentForm;
import dk.tillid.person.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The entries of a candidate's sections through the API; next of kin only for safety at work (P-PUR-7). */
@RestController
@RequestMapping(path = "/api/v1/candidates/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidates")
class CandidateSectionApi {

    private final Candidates candidates;

    CandidateSectionApi(Candidates candidates) {
        this.candidates = candidates;
    }

    @PostMapping(path = "/education", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an education")
    Education addEducation(@PathVariable PersonId id, @Valid @RequestBody EducationForm form) {
        return add(id, form.item(), CandidateController.WORK);
    }

    @PostMapping(path = "/experience", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a job or an internship")
    Experience addExperience(@PathVariable PersonId id, @Valid @RequestBody ExperienceForm form) {
        return add(id, form.item(), CandidateController.WORK);
    }

    @PostMapping(path = "/courses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a course or a test with its result")
    Course addCourse(@PathVariable PersonId id, @Valid @RequestBody CourseForm form) {
        return add(id, form.item(), CandidateController.WORK);
    }

    @PostMapping(path = "/referees", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a referee and their statement")
    Referee addReferee(@PathVariable PersonId id, @Valid @RequestBody RefereeForm form) {
        return add(id, form.item(), CandidateController.WORK);
    }

    @DeleteMapping("/{section:education|experience|courses|referees}/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an entry of a section")
    void remove(@PathVariable PersonId id, @PathVariable String section, @PathVariable UUID itemId) {
        candidates.remove(id, Section.valueOf(section.toUpperCase(Locale.ROOT)), itemId, CandidateController.WORK);
    }

    /** The level of one language; the language is named in the address. */
    record Level(@NotNull(message = "{field.required}") LanguageSkill.Level level) {
    }

    @PutMapping(path = "/languages/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a language (ISO 639 code) or change its level")
    List<LanguageSkill> setLanguage(@PathVariable String language, @PathVariable PersonId id,
                                    @Valid @RequestBody Level level) {
        candidates.setLanguage(id, new LanguageForm(language, level.level()).skill(), CandidateController.WORK);
        return candidates.get(id, CandidateController.WORK).candidate().languages();
    }

    @DeleteMapping("/languages/{language}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a language")
    void removeLanguage(@PathVariable PersonId id, @PathVariable String language) {
        candidates.removeLanguage(id, language.toLowerCase(Locale.ROOT), CandidateController.WORK);
    }

    @PutMapping(path = "/unemployment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set unemployment, A-kasse and leave")
    Unemployment setUnemployment(@PathVariable PersonId id, @Valid @RequestBody UnemploymentForm form) {
        candidates.setUnemployment(id, form.value(), CandidateController.WORK);
        return form.value();
    }

    @DeleteMapping("/unemployment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove unemployment, A-kasse and leave")
    void removeUnemployment(@PathVariable PersonId id) {
        candidates.setUnemployment(id, null, CandidateController.WORK);
    }

    @GetMapping("/next-of-kin")
    @Operation(summary = "Next of kin, read for safety at work (P-PUR-7)")
    List<NextOfKin> nextOfKin(@PathVariable PersonId id) {
        return candidates.get(id, CandidateSectionController.SAFETY).candidate().items(Section.NEXT_OF_KIN, NextOfKin.class);
    }

    @PostMapping(path = "/next-of-kin", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add next of kin (P-PUR-7)")
    NextOfKin addNextOfKin(@PathVariable PersonId id, @Valid @RequestBody NextOfKinForm form) {
        return add(id, form.item(), CandidateSectionController.SAFETY);
    }

    @DeleteMapping("/next-of-kin/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove next of kin (P-PUR-7)")
    void removeNextOfKin(@PathVariable PersonId id, @PathVariable UUID itemId) {
        candidates.remove(id, Section.NEXT_OF_KIN, itemId, CandidateSectionController.SAFETY);
    }

    private <T extends SectionItem> T add(PersonId id, T item, dk.tillid.policy.PurposeId purpose) {
        candidates.add(id, item, purpose);
        return item;
    }
}
