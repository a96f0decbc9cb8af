package dk.tillid.identity;

import java.util.Optional;

/**
 * What a new staff password must be (OWASP ASVS 6.2): long enough, no composition rules, and none of
 * the 10,000 most common passwords.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 8;
    static final int RECOMMENDED_LENGTH = 15;
    static final int MAXIMUM_LENGTH = 128;

    private PasswordRules() {
    }

    /** The message key of the first rule the password breaks, if any. */
    static Optional<String> broken(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("password.rule.tooShort");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("password.rule.tooLong");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of("password.rule.isUsername");
        }
        if (CommonPasswords.contains(password) || CommonPasswords.contains(password.strip())) {
            return Optional.of("password.rule.common");
        }
        return Optional.empty();
    }
}
