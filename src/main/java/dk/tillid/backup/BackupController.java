package dk.tillid.backup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the backups (ADMIN, as all of /admin): each with its time, size and
 * whether a restore proved it, what is wrong if anything is, and a button that takes one now.
 */
@Controller
class BackupController {

    static final int LIST_LIMIT = 60;

    private final Backups backups;
    private final BackupHealth health;
    private final BackupProperties properties;
    private final KeyBackups keyBackups;

    BackupController(Backups backups, BackupHealth health, BackupProperties properties, KeyBackups keyBackups) {
        this.backups = backups;
        this.health = health;
        this.properties = properties;
        this.keyBackups = keyBackups;
    }

    @GetMapping("/admin/backups")
    ModelAndView list() {
        return new ModelAndView("backup/backups")
                .addObject("runs", backups.latest(LIST_LIMIT))
                .addObject("problem", health.problem())
                .addObject("directory", properties.directory().toString())
                .addObject("keyDirectory", keyBackups.directory().toString())
                .addObject("keepDays", properties.keep().getDays())
                .addObject("schedule", properties.schedule());
    }

    /** Takes the backup while the administrator waits: it is verified before the page comes back. */
    @PostMapping("/admin/backups")
    String backUpNow(RedirectAttributes redirect) {
        var run = backups.backUp(BackupRuns.Trigger.ADMIN);
        redirect.addFlashAttribute("outcome", run.map(done -> done.good() ? "backup.now.done" : "backup.now.failed")
                .orElse("backup.now.busy"));
        return "redirect:/admin/backups";
    }
}
