package dk.tillid.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.tillid.platform.RandomText;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts and changing their passwords. */
@Service
@Transactional
class StaffAccounts {

    static final String FIRST_ADMINISTRATOR = "admin";
    private static final int ONE_TIME_PASSWORD_LENGTH = 20;

    private final StaffAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactors secondFactors;
    private final Clock clock;
    private final StaffSessions sessions;
    private final SecondFactorRepository factors;

    StaffAccounts(StaffAccountRepository repository, PasswordEncoder passwordEncoder, SecondFactors secondFactors,
                  SecondFactorRepository factors, Clock clock, StaffSessions sessions) {
        this.factors = factors;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Makes sure someone can sign in as administrator: on an empty database the administrator is
     * created; if its one-time password expired unused, a new one is issued. Returns the password
     * to show once (never stored in clear). Safe when several instances start together.
     */
    Optional<String> ensureAdministratorCanSignIn() {
        if (repository.count() == 0) {
            return create(FIRST_ADMINISTRATOR, "Administrator", EnumSet.of(Role.ADMIN));
        }
        return repository.findByUsername(FIRST_ADMINISTRATOR)
                .filter(admin -> admin.oneTimePasswordExpired(clock.instant()))
                .map(admin -> {
                    String oneTimePassword = RandomText.alphanumeric(ONE_TIME_PASSWORD_LENGTH);
                    admin.issueOneTimePassword(passwordEncoder.encode(oneTimePassword), clock.instant());
                    repository.updatePassword(admin);
                    return oneTimePassword;
                });
    }

    /** Creates an account with a one-time password, returned to be handed over; empty if the name is taken. */
    Optional<String> create(String username, String displayName, Set<Role> roles) {
        String oneTimePassword = RandomText.alphanumeric(ONE_TIME_PASSWORD_LENGTH);
        StaffAccount account = StaffAccount.withOneTimePassword(username, displayName,
                passwordEncoder.encode(oneTimePassword), roles, clock.instant());
        return repository.insertIfAbsent(account) ? Optional.of(oneTimePassword) : Optional.empty();
    }

    /** Every account, by user name: for the administrator's page (no password hashes leave this class). */
    @Transactional(readOnly = true)
    List<AccountSummary> all() {
        return repository.all().stream().map(account -> new AccountSummary(account.id(), account.username(), account.displayName(),
                account.roles(), account.mustChangePassword(), account.enabled())).toList();
    }

    record AccountSummary(StaffAccountId id, String username, String displayName, java.util.Set<Role> roles, boolean mustChangePassword,
                          boolean enabled) {
    }

    /**
     * The account can no longer sign in, and whoever is signed in with it is signed out now: its
     * sessions end with this transaction, on every instance.
     *
     * @throws UnknownAccountException for an unknown account (404)
     */
    void disable(StaffAccountId id) {
        StaffAccount account = existing(id);
        account.disable();
        repository.updateAccess(account);
        sessions.endAllOf(account.username());
    }

    /**
     * For someone who lost their authenticator and their recovery codes: the second factor (and the API
     * password made with it) is forgotten and the account signed out everywhere; the next sign-in,
     * with the password, must set up a new factor before anything else.
     */
    void resetSecondFactor(StaffAccountId id) {
        StaffAccount account = existing(id);
        factors.forget(account.id());
        sessions.endAllOf(account.username());
    }

    void enable(StaffAccountId id) {
        StaffAccount account = existing(id);
        account.enable();
        repository.updateAccess(account);
    }

    /**
     * New roles; the sessions of the account end, so the new roles apply from its next sign-in
     * (a session keeps the roles it signed in with, so a role taken away must not live on in one).
     */
    void changeRoles(StaffAccountId id, Set<Role> roles) {
        StaffAccount account = existing(id);
        account.changeRoles(roles);
        repository.updateAccess(account);
        sessions.endAllOf(account.username());
    }

    @Transactional(readOnly = true)
    Optional<String> usernameOf(StaffAccountId id) {
        return repository.findById(id).map(StaffAccount::username);
    }

    private StaffAccount existing(StaffAccountId id) {
        return repository.findById(id).orElseThrow(UnknownAccountException::new);
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

    /**
     * A password change asked for on the form: the current password and, once the account has a
     * second factor, a current code from it (re-authentication; a session left open is not enough).
     * A wrong code undoes the change.
     *
     * @throws WrongPasswordException if the current password does not match
     * @throws SecondFactors.Refused if the code is wrong
     */
    void changePassword(String username, String currentPassword, String currentCode, String newPassword) {
        changePassword(username, currentPassword, newPassword);
        StaffAccount account = repository.findByUsername(username).orElseThrow(WrongPasswordException::new);
        secondFactors.checkCurrentCode(account.id(), currentCode);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class UnknownAccountException extends RuntimeException {
        UnknownAccountException() {
            super("No such staff account");
        }
    }

    static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is wrong");
        }
    }
}
