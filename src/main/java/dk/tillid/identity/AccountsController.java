package dk.tillid.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administrator creates the staff's accounts with the roles their work needs. The one-time
 * password is shown once, on the answer to the creation, and must be changed at the first login.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    /** A new staff account as the administrator enters it. */
    record AccountForm(
            @NotBlank(message = "{field.required}") @Size(min = 3, max = 40, message = "{account.username.invalid}")
            @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{account.username.invalid}") String username,
            @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}") String displayName,
            @NotEmpty(message = "{account.roles.required}") List<Role> roles) {

        static AccountForm empty() {
            return new AccountForm("", "", List.of());
        }
    }

    private final StaffAccounts accounts;

    AccountsController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    ModelAndView list() {
        return page(AccountForm.empty());
    }

    /**
     * The administrator knows a new account's first password, so an account of theirs with PAYROLL or
     * SCREENING would let them read what the administrator role may not (full CPR numbers, criminal
     * records): those roles never go with ADMIN on one account.
     */
    static final EnumSet<Role> NOT_WITH_ADMIN = EnumSet.of(Role.PAYROLL, Role.SCREENING);

    @PostMapping
    ModelAndView create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result) {
        if (form.roles() != null && form.roles().contains(Role.ADMIN)
                && form.roles().stream().anyMatch(NOT_WITH_ADMIN::contains)) {
            result.rejectValue("roles", "account.roles.adminAlone");
        }
        if (!result.hasErrors()) {
            Optional<String> oneTimePassword = accounts.create(StaffAccount.normalise(form.username()),
                    form.displayName().strip(), EnumSet.copyOf(form.roles()));
            if (oneTimePassword.isPresent()) {
                return new ModelAndView("identity/account-created")
                        .addObject("username", StaffAccount.normalise(form.username()))
                        .addObject("oneTimePassword", oneTimePassword.get());
            }
            result.rejectValue("username", "account.username.taken");
        }
        ModelAndView page = page(form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /** New roles for an existing account, as the administrator ticks them. */
    record RolesForm(List<Role> roles) {
    }

    /** Disabling an account signs it out everywhere at once; an administrator cannot lock themselves out. */
    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, Authentication admin) {
        StaffAccountId account = new StaffAccountId(id);
        if (isSelf(account, admin)) {
            return "redirect:/admin/accounts?notSelf";
        }
        accounts.disable(account);
        return "redirect:/admin/accounts?disabled";
    }

    /** For a lost phone and lost recovery codes: the next sign-in sets up a new second factor. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID id, Authentication admin) {
        StaffAccountId account = new StaffAccountId(id);
        if (isSelf(account, admin)) {
            return "redirect:/admin/accounts?notSelf";
        }
        accounts.resetSecondFactor(account);
        return "redirect:/admin/accounts?factorReset";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id) {
        accounts.enable(new StaffAccountId(id));
        return "redirect:/admin/accounts?enabled";
    }

    /** The account's sessions end, so the new roles hold from its next sign-in. */
    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable UUID id, @ModelAttribute RolesForm form, Authentication admin) {
        StaffAccountId account = new StaffAccountId(id);
        List<Role> roles = form.roles() == null ? List.of() : form.roles();
        if (roles.isEmpty()) {
            return "redirect:/admin/accounts?rolesRequired";
        }
        if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(NOT_WITH_ADMIN::contains)) {
            return "redirect:/admin/accounts?adminAlone";
        }
        if (isSelf(account, admin)) {
            return "redirect:/admin/accounts?notSelf";
        }
        accounts.changeRoles(account, EnumSet.copyOf(roles));
        return "redirect:/admin/accounts?rolesChanged";
    }

    private boolean isSelf(StaffAccountId account, Authentication admin) {
        return accounts.usernameOf(account).map(name -> name.equals(admin.getName())).orElse(false);
    }

    private ModelAndView page(AccountForm form) {
        return new ModelAndView("identity/accounts").addObject("form", form).addObject("accounts", accounts.all())
                .addObject("allRoles", Role.values());
    }
}
