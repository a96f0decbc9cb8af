package dk.tillid.portal;

import java.util.Locale;

import dk.tillid.identity.PersonSessions;
import dk.tillid.person.PersonId;
import dk.tillid.platform.Networks;
import dk.tillid.privacy.requests.AccessPackages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign-in by a mailed link, and the person's own page: everything held about them, by category. */
@Controller
class PortalController {


    private final PortalSignIns signIns;
    private final PersonSessions sessions;
    private final AccessPackages packages;
    private final SignedInPerson signedIn;

    PortalController(PortalSignIns signIns, PersonSessions sessions, AccessPackages packages, SignedInPerson signedIn) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.packages = packages;
        this.signedIn = signedIn;
    }

    @GetMapping("/portal/sign-in")
    String signInForm() {
        return "portal/sign-in";
    }

    /** The same answer whether or not the address is known. */
    @PostMapping("/portal/sign-in")
    ModelAndView requestLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Locale locale) {
        try {
            signIns.requestLink(email, String.valueOf(Networks.of(request.getRemoteAddr())), locale);
            return new ModelAndView("portal/sign-in-sent");
        } catch (PortalSignIns.TooManyAttempts tooMany) {
            ModelAndView page = new ModelAndView("portal/sign-in");
            page.addObject("tooMany", true);
            page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            return page;
        }
    }

    /** A page with a button, so that a mail scanner following the link signs no one in. */
    @GetMapping("/portal/sign-in/confirm")
    ModelAndView confirmPage(@RequestParam(defaultValue = "") String token) {
        return new ModelAndView("portal/sign-in-confirm").addObject("token", token);
    }

    @PostMapping("/portal/sign-in/confirm")
    ModelAndView confirm(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
                         HttpServletResponse response) {
        return signIns.take(token).map(person -> {
            sessions.signIn(person, request, response);
            return new ModelAndView("redirect:/portal");
        }).orElseGet(() -> {
            ModelAndView page = new ModelAndView("portal/sign-in");
            page.addObject("linkInvalid", true);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        });
    }

    /** Everything held about the person, by category, with why, on what basis, for whom, from where and how long. */
    @GetMapping("/portal")
    ModelAndView home(Locale locale) {
        PersonId person = signedIn.id();
        return new ModelAndView("portal/home").addObject("pkg", signedIn.act(() -> packages.of(person.subject(), locale)));
    }
}
