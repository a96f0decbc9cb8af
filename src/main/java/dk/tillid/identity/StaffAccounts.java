package dk.tillid.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts and changing their passwords. */
@Service
@Transactional
class StaffAccounts {

    static final String FIRST_ADMINISTRATOR = "admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(StaffAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * On an empty database, creates the administrator with a one-time password and returns that
     * password (to be shown once, never stored). Safe when several instances start together.
     */
    Optional<String> createFirstAdministratorIfNone() {
        if (repository.count() > 0) {
            return Optional.empty();
        }
        return create(FIRST_ADMINISTRATOR, "Administrator", EnumSet.of(Role.ADMIN));
    }

    /** Creates an account with a one-time password, returned to be handed over; empty if the name is taken. */
    Optional<String> create(String username, String displayName, Set<Role> roles) {
        String oneTimePassword = randomPassword(20);
        StaffAccount account = StaffAccount.withOneTimePassword(username, displayName,
                passwordEncoder.encode(oneTimePassword), roles, clock.instant());
        return repository.insertIfAbsent(account) ? Optional.of(oneTimePassword) : Optional.empty();
    }

    /** @throws WrongPasswordException if the current password does not match */
    void changePassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = repository.findByUsername(username).orElseThrow(WrongPasswordException::new);
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        PasswordRules.broken(newPassword, account.username()).ifPresent(rule -> {
            throw new IllegalArgumentException(rule);
        });
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new IllegalArgumentException("password.rule.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        repository.updatePassword(account);
    }

    private String randomPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is wrong");
        }
    }
}
