package dk.tillid.notification;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administrator's view of the outbox: what has not been sent, and one mail at a time. Without an
 * SMTP server this is where held mail is read (and passed on by hand, if it must be).
 */
@Controller
class OutboxController {

    private final Notifications notifications;
    private final OutboxSender sender;
    private final OutboxRetention retention;

    OutboxController(Notifications notifications, OutboxSender sender, OutboxRetention retention) {
        this.notifications = notifications;
        this.sender = sender;
        this.retention = retention;
    }

    @GetMapping("/admin/outbox")
    ModelAndView outbox() {
        ModelAndView page = new ModelAndView("notification/outbox");
        page.addObject("entries", notifications.undelivered());
        page.addObject("canSend", sender.canSend());
        page.addObject("limit", Notifications.LIST_LIMIT);
        page.addObject("keepSentDays", retention.keepSent().toDays());
        page.addObject("keepUndeliveredDays", retention.keepUndelivered().toDays());
        return page;
    }

    @GetMapping("/admin/outbox/{id}")
    ModelAndView message(@PathVariable UUID id) {
        return notifications.open(id)
                .map(opened -> new ModelAndView("notification/message").addObject("opened", opened))
                .orElseGet(() -> {
                    ModelAndView missing = new ModelAndView("error");
                    missing.setStatus(HttpStatus.NOT_FOUND);
                    missing.addObject("status", 404);
                    return missing;
                });
    }
}
