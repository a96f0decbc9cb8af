package dk.tillid.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff second factor on the web: the code after the password, enrolment with a QR code and the
 * recovery codes shown once, new recovery codes, and the API password.
 */
@Controller
class SecondFactorController {

    /** Wrong codes one password login may try; then it must start again with the password. */
    static final int ATTEMPTS_PER_LOGIN = 5;
    private static final String ATTEMPTS = SecondFactorController.class.getName() + ".attempts";
    private static final String CODE_VIEW = "identity/second-factor";
    private static final String ENROL_VIEW = "identity/second-factor-enrol";
    private static final String CODES_VIEW = "identity/recovery-codes";

    private final SecondFactors secondFactors;
    private final StaffSignIn signIn;
    private final ApiPasswords apiPasswords;

    SecondFactorController(SecondFactors secondFactors, StaffSignIn signIn, ApiPasswords apiPasswords) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.apiPasswords = apiPasswords;
    }

    @GetMapping(SecurityConfiguration.SECOND_FACTOR_PAGE)
    String codeForm(Model model) {
        model.addAttribute("form", SecondFactorCodeForm.empty());
        return CODE_VIEW;
    }

    @PostMapping(SecurityConfiguration.SECOND_FACTOR_PAGE)
    String code(@ModelAttribute("form") SecondFactorCodeForm form, Model model, Authentication authentication,
                HttpServletRequest request, HttpServletResponse response) {
        if (secondFactors.verify(accountOf(authentication), form.code())) {
            signIn.fully(authentication.getName(), request, response);
            request.getSession().removeAttribute(ATTEMPTS);
            return "redirect:/staff";
        }
        HttpSession session = request.getSession();
        int attempts = session.getAttribute(ATTEMPTS) instanceof Integer count ? count + 1 : 1;
        if (attempts >= ATTEMPTS_PER_LOGIN) {
            session.invalidate();
            return "redirect:/login?error";
        }
        session.setAttribute(ATTEMPTS, attempts);
        model.addAttribute("form", SecondFactorCodeForm.empty());
        model.addAttribute("wrong", true);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return CODE_VIEW;
    }

    @GetMapping(SecurityConfiguration.ENROLMENT_PAGE)
    String enrolForm(Model model, Authentication authentication) {
        return enrolPage(model, authentication, EnrolmentForm.empty());
    }

    @PostMapping(SecurityConfiguration.ENROLMENT_PAGE)
    String enrol(@ModelAttribute("form") EnrolmentForm form, Model model, Authentication authentication,
                 HttpServletRequest request, HttpServletResponse response) {
        List<String> codes;
        try {
            codes = secondFactors.confirmEnrolment(authentication.getName(), form.currentPassword(),
                    form.currentCode(), form.newCode());
        } catch (SecondFactors.Refused refused) {
            model.addAttribute("refused", refused.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return enrolPage(model, authentication, EnrolmentForm.empty());
        }
        // Password and a code from the new factor, both just now: a full sign-in here, and nowhere else.
        signIn.fullyHereOnly(authentication.getName(), request, response);
        model.addAttribute("codes", codes);
        model.addAttribute("enrolled", true);
        return CODES_VIEW;
    }

    @PostMapping(SecurityConfiguration.ENROLMENT_PAGE + "/recovery-codes")
    String newRecoveryCodes(@ModelAttribute("form") EnrolmentForm form, Model model, Authentication authentication,
                            HttpServletResponse response) {
        try {
            model.addAttribute("codes", secondFactors.regenerateRecoveryCodes(authentication.getName(),
                    form.currentPassword(), form.currentCode()));
        } catch (SecondFactors.Refused refused) {
            model.addAttribute("refused", refused.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return enrolPage(model, authentication, EnrolmentForm.empty());
        }
        model.addAttribute("enrolled", false);
        return CODES_VIEW;
    }

    @PostMapping(SecurityConfiguration.ENROLMENT_PAGE + "/api-password")
    String newApiPassword(@ModelAttribute("form") EnrolmentForm form, Model model, Authentication authentication,
                          HttpServletResponse response) {
        try {
            model.addAttribute("apiPassword", apiPasswords.issue(authentication.getName(), form.currentPassword(),
                    form.currentCode()));
        } catch (SecondFactors.Refused refused) {
            model.addAttribute("refused", refused.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return enrolPage(model, authentication, EnrolmentForm.empty());
        }
        return "identity/api-password";
    }

    private String enrolPage(Model model, Authentication authentication, EnrolmentForm form) {
        StaffAccountId account = accountOf(authentication);
        SecondFactors.Enrolment enrolment = secondFactors.enrolment(authentication.getName());
        boolean enrolled = secondFactors.enrolled(account);
        model.addAttribute("form", form);
        model.addAttribute("forced", !enrolled);
        model.addAttribute("alreadyEnrolled", enrolled);
        model.addAttribute("unusedRecoveryCodes", enrolled ? secondFactors.unusedRecoveryCodes(account) : 0);
        model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.uri()));
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        return ENROL_VIEW;
    }

    /** The signed-in staff account; a sign-in whose account is gone meanwhile has no page here. */
    private StaffAccountId accountOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return principal.accountId();
        }
        return secondFactors.accountNamed(authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
