package dk.tillid.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password-change form; the rules beyond length are {@link PasswordRules}'. */
record PasswordChangeForm(
        @NotBlank(message = "{password.current.missing}") String currentPassword,
        @NotBlank(message = "{password.rule.tooShort}")
        @Size(min = PasswordRules.MINIMUM_LENGTH, max = PasswordRules.MAXIMUM_LENGTH, message = "{password.rule.length}")
        String newPassword,
        String confirmation,
        /** A current code of the second factor, when the account has one: re-authentication (T7). */
        String currentCode) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "", "");
    }

    @Override
    public String toString() {
        return "PasswordChangeForm[hidden]";
    }
}
