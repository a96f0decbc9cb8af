package dk.tillid.site;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import dk.tillid.candidate.Profile;
import dk.tillid.document.UploadRefusedException;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The registration page: the candidate's data, a CV, the purposes their data will serve, and apart
 * from those an unticked opt-in to marketing. The reply is the same whether or not the address was
 * known; the confirmation link in the mail makes the profile active for matching.
 */
@Controller
class RegistrationController {

    static final String CANDIDATES = "S-CAND";

    private final Registrations registrations;
    private final RegistrationLimiter limiter;
    private final Policy policy;

    RegistrationController(Registrations registrations, RegistrationLimiter limiter, Policy policy) {
        this.registrations = registrations;
        this.limiter = limiter;
        this.policy = policy;
    }

    @GetMapping("/register")
    ModelAndView form() {
        return page(RegistrationForm.empty());
    }

    @PostMapping("/register")
    ModelAndView register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
                          @RequestParam(required = false) MultipartFile cv, HttpServletRequest request,
                          Locale locale) throws IOException {
        if (!limiter.allow(request.getRemoteAddr())) {
            ModelAndView page = page(form);
            page.addObject("problem", "registration.tooMany");
            page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            return page;
        }
        if (!result.hasErrors()) {
            try {
                Registrations.Cv upload = cv == null || cv.isEmpty() ? null
                        : new Registrations.Cv(cv.getOriginalFilename(), cv.getBytes());
                registrations.register(form, upload, locale);
                return new ModelAndView("redirect:/register/sent");
            } catch (UploadRefusedException refused) {
                ModelAndView page = invalid(form, result);
                page.addObject("cvProblem", "document.refused." + refused.reason().name());
                return page;
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        return invalid(form, result);
    }

    @GetMapping("/register/sent")
    String sent() {
        return "site/register-sent";
    }

    /** The link from the mail opens a page with a button: a mail scanner following links confirms nothing. */
    @GetMapping("/register/confirm")
    ModelAndView confirmPage(@RequestParam(required = false) String token) {
        return new ModelAndView("site/register-confirm").addObject("token", token);
    }

    @PostMapping("/register/confirm")
    ModelAndView confirm(@RequestParam(required = false) String token) {
        Registrations.Confirmation outcome = registrations.confirm(token);
        ModelAndView page = new ModelAndView("site/register-confirmed").addObject("outcome", outcome.name());
        if (outcome == Registrations.Confirmation.INVALID) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    private ModelAndView invalid(RegistrationForm form, BindingResult result) {
        ModelAndView page = page(form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView page(RegistrationForm form) {
        ModelAndView page = new ModelAndView("site/register");
        page.addObject("form", form);
        page.addObject("workTypes", Profile.WorkType.values());
        List<Policy.Purpose> purposes = policy.purposes().stream()
                .filter(purpose -> purpose.subjects().contains(CANDIDATES) && !purpose.consentRequired() && !purpose.derived())
                .toList();
        page.addObject("purposes", purposes);
        page.addObject("marketing", policy.currentConsentWording(PurposeId.MARKETING.value(), null).orElseThrow());
        return page;
    }
}
