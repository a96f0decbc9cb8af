package dk.tillid.privacy.processors;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the processors without a data processing agreement (P-SEC-5) on the staff home page of those
 * who can act on it (ADMIN, DPO), without the identity module knowing the processor register.
 */
@ControllerAdvice
class ProcessorAlertAdvice {

    private final ProcessorRegister register;

    ProcessorAlertAdvice(ProcessorRegister register) {
        this.register = register;
    }

    /** The names of the processors lacking an agreement; null where the page shows no warning. */
    @ModelAttribute("processorAlert")
    List<String> processorAlert(HttpServletRequest request) {
        boolean home = (request.getContextPath() + "/staff").equals(request.getRequestURI());
        boolean canAct = request.isUserInRole("DPO") || request.isUserInRole("ADMIN");
        if (!home || !canAct) {
            return null;
        }
        List<String> names = register.withoutAgreement().stream().map(Processor::name).toList();
        return names.isEmpty() ? null : names;
    }
}
