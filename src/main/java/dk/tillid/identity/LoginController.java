package dk.tillid.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "tooMany", required = false) String tooMany, Model model) {
        // The minutes to wait after too many failed logins (LoginThrottleFilter); a number only.
        if (tooMany != null && tooMany.matches("\\d{1,4}")) {
            model.addAttribute("waitMinutes", Integer.parseInt(tooMany));
        }
        return "identity/login";
    }
}
