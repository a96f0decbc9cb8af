package dk.tillid.site;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public list of open jobs, and the recruiters' page that puts jobs on it and takes them down. */
@Controller
class JobsController {

    /** A job to advertise, as a recruiter enters it. */
    record JobAdForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}") String location,
            @NotNull(message = "{field.required}") JobAds.WorkType workType,
            @NotBlank(message = "{field.required}") @Size(max = 5000, message = "{field.tooLong}") String description) {
    }

    private final JobAds jobs;
    private final Clock clock;

    JobsController(JobAds jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/jobs")
    ModelAndView open() {
        return new ModelAndView("site/jobs").addObject("jobs", jobs.open());
    }

    @GetMapping("/jobs/manage")
    ModelAndView manage() {
        return managePage(new JobAdForm(null, null, JobAds.WorkType.TEMPORARY, null));
    }

    @PostMapping("/jobs/manage")
    ModelAndView publish(@Valid @ModelAttribute("form") JobAdForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            ModelAndView page = managePage(form);
            page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        jobs.publish(form.title().strip(), form.location().strip(), form.workType(), form.description().strip(), clock.instant());
        redirect.addFlashAttribute("saved", "jobs.manage.saved");
        return new ModelAndView("redirect:/jobs/manage");
    }

    @PostMapping("/jobs/manage/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        jobs.close(id, clock.instant());
        redirect.addFlashAttribute("saved", "jobs.manage.closed");
        return "redirect:/jobs/manage";
    }

    private ModelAndView managePage(JobAdForm form) {
        return new ModelAndView("site/jobs-manage").addObject("form", form).addObject("jobs", jobs.open())
                .addObject("workTypes", JobAds.WorkType.values());
    }
}
