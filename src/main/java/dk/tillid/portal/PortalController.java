package dk.tillid.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.tillid.identity.PersonSessions;
import dk.tillid.person.PersonId;
import dk.tillid.platform.Networks;
import dk.tillid.policy.Policy;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
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

    /** One category of data as the person sees it: what it is, why we have it, and what we hold. */
    record CategoryView(String name, String description, List<String> purposes, List<PersonalDataItem> items) {
    }

    private final PortalSignIns signIns;
    private final PersonSessions sessions;
    private final PersonalData personalData;
    private final SignedInPerson signedIn;
    private final Policy policy;

    PortalController(PortalSignIns signIns, PersonSessions sessions, PersonalData personalData, SignedInPerson signedIn,
                     Policy policy) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.personalData = personalData;
        this.signedIn = signedIn;
        this.policy = policy;
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

    @GetMapping("/portal")
    ModelAndView home(Locale locale) {
        PersonId person = signedIn.id();
        List<PersonalData.Holding> holdings = signedIn.act(() -> personalData.export(person.subject()));
        Map<String, List<PersonalDataItem>> byCategory = new LinkedHashMap<>();
        holdings.forEach(holding -> holding.items().forEach(item ->
                byCategory.computeIfAbsent(item.category(), key -> new ArrayList<>()).add(item)));
        List<CategoryView> categories = byCategory.entrySet().stream().map(entry -> {
            Policy.DataCategory category = policy.category(entry.getKey());
            return new CategoryView(category.name().in(locale), category.description().in(locale),
                    policy.purposesUsing(entry.getKey()).stream().filter(purpose -> !purpose.derived())
                            .map(purpose -> purpose.name().in(locale)).toList(), entry.getValue());
        }).toList();
        return new ModelAndView("portal/home").addObject("categories", categories);
    }
}
