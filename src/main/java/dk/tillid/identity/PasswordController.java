package dk.tillid.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final StaffUserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    PasswordController(StaffAccounts accounts, StaffUserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    @GetMapping(SecurityConfiguration.PASSWORD_PAGE)
    String form(Model model, Authentication authentication) {
        model.addAttribute("form", PasswordChangeForm.empty());
        model.addAttribute("forced", SecurityConfiguration.mustChangePassword(authentication));
        return VIEW;
    }

    @PostMapping(SecurityConfiguration.PASSWORD_PAGE)
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
                  Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("forced", SecurityConfiguration.mustChangePassword(authentication));
        if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
            result.rejectValue("confirmation", "password.confirmation.differs");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changePassword(authentication.getName(), form.currentPassword(), form.newPassword());
        } catch (StaffAccounts.WrongPasswordException e) {
            result.rejectValue("currentPassword", "password.current.wrong");
            return VIEW;
        } catch (IllegalArgumentException brokenRule) {
            result.rejectValue("newPassword", brokenRule.getMessage());
            return VIEW;
        }
        signInAgain(authentication.getName(), request, response);
        return "redirect:/staff?passwordChanged";
    }

    /** The account now has its roles; a fresh session id marks the new privilege level. */
    private void signInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(username);
        // The session (in the database) keeps the principal: without its password hash.
        if (user instanceof org.springframework.security.core.CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        request.changeSessionId();
        contextRepository.saveContext(context, request, response);
    }
}
