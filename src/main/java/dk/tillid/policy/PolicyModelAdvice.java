package dk.tillid.policy;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the agency's name and address for its footer. */
@ControllerAdvice
class PolicyModelAdvice {

    private final Policy policy;

    PolicyModelAdvice(Policy policy) {
        this.policy = policy;
    }

    @ModelAttribute("agency")
    Policy.Controller agency() {
        return policy.controller();
    }
}
