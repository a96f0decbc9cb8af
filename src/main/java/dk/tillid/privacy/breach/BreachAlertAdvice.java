package dk.tillid.privacy.breach;

import java.time.Instant;
import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the nearest authority deadline of a breach not yet notified on the staff home of the DPO and the admin. */
@ControllerAdvice
class BreachAlertAdvice {

    private final Breaches breaches;

    BreachAlertAdvice(Breaches breaches) {
        this.breaches = breaches;
    }

    @ModelAttribute("breachDeadline")
    Instant breachDeadline(HttpServletRequest request) {
        boolean home = (request.getContextPath() + "/staff").equals(request.getRequestURI());
        boolean canAct = request.isUserInRole("DPO") || request.isUserInRole("ADMIN");
        if (!home || !canAct) {
            return null;
        }
        return breaches.awaitingAuthority().stream().map(Breach::authorityDeadline).min(Comparator.naturalOrder()).orElse(null);
    }
}
