package dk.tillid.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after signing in; shows what their roles open. */
@Controller
class StaffHomeController {

    @GetMapping("/staff")
    String home() {
        return "identity/staff-home";
    }
}
