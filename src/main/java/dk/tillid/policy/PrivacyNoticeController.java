package dk.tillid.policy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public privacy notice, rendered from the policy in the reader's language (the cookie declaration is the site's). */
@Controller
class PrivacyNoticeController {

    private final Policy policy;

    PrivacyNoticeController(Policy policy) {
        this.policy = policy;
    }

    @GetMapping("/privacy")
    String privacyNotice(Model model) {
        model.addAttribute("policy", policy);
        return "policy/privacy";
    }
}
