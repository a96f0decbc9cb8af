package dk.tillid.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Changing one's own password; the forced change after the first login comes through here too. */
@Controller
class PasswordController {

    private static final String VIEW = "identity/password";

    private final StaffAccounts accounts;
    private final SecondFactors secondFactors;
    private final StaffSignIn signIn;

    PasswordController(StaffAccounts accounts, SecondFactors secondFactors, StaffSignIn signIn) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.signIn = signIn;
    }

    @GetMapping(SecurityConfiguration.PASSWORD_PAGE)
    String form(Model model, Authentication authentication) {
        model.addAttribute("form", PasswordChangeForm.empty());
        model.addAttribute("forced", SecurityConfiguration.mustChangePassword(authentication));
        model.addAttribute("askCode", asksForCode(authentication));
        return VIEW;
    }

    private boolean asksForCode(Authentication authentication) {
        return authentication.getPrincipal() instanceof StaffPrincipal principal
                && secondFactors.enrolled(principal.accountId());
    }

    @PostMapping(SecurityConfiguration.PASSWORD_PAGE)
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
                  Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        boolean forced = SecurityConfiguration.mustChangePassword(authentication);
        model.addAttribute("forced", forced);
        model.addAttribute("askCode", asksForCode(authentication));
        if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
            result.rejectValue("confirmation", "password.confirmation.differs");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changePassword(authentication.getName(), form.currentPassword(), form.currentCode(),
                    form.newPassword());
        } catch (StaffAccounts.WrongPasswordException e) {
            result.rejectValue("currentPassword", "password.current.wrong");
            return VIEW;
        } catch (SecondFactors.Refused wrongCode) {
            result.rejectValue("currentCode", wrongCode.getMessage());
            return VIEW;
        } catch (IllegalArgumentException brokenRule) {
            result.rejectValue("newPassword", brokenRule.getMessage());
            return VIEW;
        }
        if (forced) {
            // The first password is chosen; the second factor (enrolment) comes next, before anything else.
            signIn.passwordOnly(authentication.getName(), request, response);
            return "redirect:" + SecurityConfiguration.ENROLMENT_PAGE;
        }
        signIn.fullyHereOnly(authentication.getName(), request, response);
        return "redirect:/staff?passwordChanged";
    }
}
