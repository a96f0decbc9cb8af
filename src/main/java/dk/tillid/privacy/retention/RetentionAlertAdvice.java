package dk.tillid.privacy.retention;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the retention sweep's alert on the staff home page of those who can act on it (ADMIN, DPO),
 * so that a failing sweep is seen at the next sign-in, not found in a log weeks later.
 */
@ControllerAdvice
class RetentionAlertAdvice {

    private final RetentionAlarm alarm;

    RetentionAlertAdvice(RetentionAlarm alarm) {
        this.alarm = alarm;
    }

    @ModelAttribute("retentionAlert")
    RetentionAlarm.Alert retentionAlert(HttpServletRequest request) {
        boolean home = (request.getContextPath() + "/staff").equals(request.getRequestURI());
        boolean canAct = request.isUserInRole("DPO") || request.isUserInRole("ADMIN");
        return home && canAct ? alarm.current().orElse(null) : null;
    }
}
