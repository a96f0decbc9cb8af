package dk.tillid.outreach;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of every job alert and marketing mail. A visit shows one button, because
 * mail scanners and link previews open links without anyone clicking; the POST it sends is the same
 * one a mail program sends for RFC 8058's one-click unsubscribe ({@code List-Unsubscribe=One-Click}),
 * with no sign-in, session or CSRF token: the signed token is the authority, and all it can do is
 * stop mail. A forged or altered token changes nothing and is told so.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribing unsubscribing;

    UnsubscribeController(Unsubscribing unsubscribing) {
        this.unsubscribing = unsubscribing;
    }

    @GetMapping("/unsubscribe/{token}")
    ModelAndView confirm(@PathVariable String token, HttpServletResponse response) {
        Optional<Topic> topic = unsubscribing.topicOf(token);
        if (topic.isEmpty()) {
            return invalid(response);
        }
        return new ModelAndView("outreach/unsubscribe").addObject("topic", topic.get()).addObject("token", token);
    }

    @PostMapping("/unsubscribe/{token}")
    ModelAndView unsubscribe(@PathVariable String token, HttpServletResponse response) {
        Optional<Unsubscribing.Done> done = unsubscribing.unsubscribe(token);
        if (done.isEmpty()) {
            return invalid(response);
        }
        return new ModelAndView("outreach/unsubscribed").addObject("topic", done.get().topic())
                .addObject("outcome", done.get().outcome());
    }

    private static ModelAndView invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return new ModelAndView("outreach/unsubscribe-invalid");
    }
}
