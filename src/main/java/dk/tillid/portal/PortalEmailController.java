package dk.tillid.portal;

import java.time.Duration;
import java.util.Locale;

import dk.tillid.identity.PersonSessions;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.Networks;
import dk.tillid.policy.PurposeId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person changes their e-mail address: asked for signed in, confirmed by the link mailed to the
 * new address. Confirming needs no sign-in (the link may be opened on another device), opens a page
 * with a button so that a mail scanner following the link changes nothing, and changes only the
 * address of the person the link was made for.
 */
@Controller
class PortalEmailController {

    record EmailForm(@NotBlank(message = "{field.required}") @Size(max = 254, message = "{field.tooLong}")
                     @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email}") String email) {
    }

    /** Where a person is sent to prove their address again before changing it. */
    static final String SIGN_IN_AGAIN = "redirect:/portal/sign-in?again";

    private final EmailChanges changes;
    private final Persons persons;
    private final SignedInPerson signedIn;
    private final PersonSessions sessions;
    private final Duration reauthenticateWithin;

    PortalEmailController(EmailChanges changes, Persons persons, SignedInPerson signedIn, PersonSessions sessions,
                          @Value("${tillid.portal.reauthenticate-within:10m}") Duration reauthenticateWithin) {
        this.changes = changes;
        this.persons = persons;
        this.signedIn = signedIn;
        this.sessions = sessions;
        this.reauthenticateWithin = reauthenticateWithin;
    }

    /** Re-authentication: only within minutes of a sign-in by link may the address change. */
    @GetMapping("/portal/details/email")
    ModelAndView form() {
        if (!sessions.signedInWithin(reauthenticateWithin)) {
            return new ModelAndView(SIGN_IN_AGAIN);
        }
        return page(new EmailForm(""));
    }

    /** The same answer whether or not the new address is someone else's. */
    @PostMapping("/portal/details/email")
    ModelAndView ask(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, HttpServletRequest request,
                     Locale locale, RedirectAttributes redirect) {
        if (!sessions.signedInWithin(reauthenticateWithin)) {
            return new ModelAndView(SIGN_IN_AGAIN);
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!result.hasErrors()) {
            PersonId person = signedIn.id();
            try {
                EmailChanges.Asked asked = signedIn.act(() ->
                        changes.ask(person, form.email(), String.valueOf(Networks.of(request.getRemoteAddr())), locale));
                if (asked == EmailChanges.Asked.ALREADY_YOURS) {
                    redirect.addFlashAttribute("saved", "portal.email.alreadyYours");
                    return new ModelAndView("redirect:/portal/details/email");
                }
                return new ModelAndView("portal/email-sent");
            } catch (EmailChanges.TooManyAttempts tooMany) {
                result.reject("portal.email.tooMany");
                status = HttpStatus.TOO_MANY_REQUESTS;
            } catch (IllegalArgumentException malformed) {
                result.rejectValue("email", "field.email");
            }
        }
        ModelAndView page = page(form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(status);
        return page;
    }

    @GetMapping("/portal/email/confirm")
    ModelAndView confirmPage(@RequestParam(defaultValue = "") String token) {
        return new ModelAndView("portal/email-confirm").addObject("token", token);
    }

    @PostMapping("/portal/email/confirm")
    ModelAndView confirm(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        var current = PersonSessions.current();
        return switch (changes.confirm(token, current)) {
            case CHANGED -> {
                if (current.isPresent()) {
                    redirect.addFlashAttribute("saved", "portal.email.changed");
                    yield new ModelAndView("redirect:/portal/details/email");
                }
                yield new ModelAndView("portal/email-confirm").addObject("changed", true);
            }
            case ANOTHER_PERSON -> refused("anotherPerson", HttpStatus.CONFLICT);
            case INVALID -> refused("linkInvalid", HttpStatus.BAD_REQUEST);
        };
    }

    private static ModelAndView refused(String why, HttpStatus status) {
        ModelAndView page = new ModelAndView("portal/email-confirm").addObject(why, true);
        page.setStatus(status);
        return page;
    }

    private ModelAndView page(EmailForm form) {
        PersonId person = signedIn.id();
        String current = signedIn.act(() -> persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS)).contact().email();
        return new ModelAndView("portal/email").addObject("form", form).addObject("current", current);
    }
}
