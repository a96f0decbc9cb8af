package dk.tillid.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dk.tillid.platform.AgencyTime;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention sweep for the DPO and the admin: whether it is healthy, what it did, what it would do
 * on a given day (the dry run, which deletes nothing), and a way to run it now.
 */
@Controller
class RetentionController {

    static final int LISTED = 200;
    private static final int LOOK_AHEAD_DAYS = 366;

    private final RetentionSweep sweep;
    private final SweepRuns runs;
    private final RetentionAlarm alarm;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionController(RetentionSweep sweep, SweepRuns runs, RetentionAlarm alarm, AuditTrail audit, Clock clock) {
        this.sweep = sweep;
        this.runs = runs;
        this.alarm = alarm;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/dpo/retention")
    ModelAndView page(@RequestParam(required = false) String on) {
        LocalDate today = AgencyTime.today(clock);
        LocalDate day = today;
        String refused = null;
        if (on != null && !on.isBlank()) {
            try {
                day = LocalDate.parse(on.strip());
                if (day.isBefore(today) || day.isAfter(today.plusDays(LOOK_AHEAD_DAYS))) {
                    refused = "retention.preview.range";
                }
            } catch (DateTimeParseException e) {
                refused = "retention.preview.date";
            }
        }
        ModelAndView page = new ModelAndView("privacy/retention")
                .addObject("alert", alarm.current().orElse(null))
                .addObject("runs", runs.latest(20))
                .addObject("noticeDays", sweep.noticeDays())
                .addObject("today", today);
        if (refused != null) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page.addObject("refused", refused).addObject("on", on.strip());
        }
        // The dry run walks everyone who may be due: only when asked for, not on every visit.
        return page.addObject("on", day).addObject("preview", on == null ? null : sweep.preview(day, LISTED));
    }

    @PostMapping("/dpo/retention/run")
    String run(RedirectAttributes redirect) {
        String by = audit.currentActor().toString();
        sweep.run(by).ifPresentOrElse(
                run -> redirect.addFlashAttribute("ran", run),
                () -> redirect.addFlashAttribute("busy", true));
        return "redirect:/dpo/retention";
    }
}
