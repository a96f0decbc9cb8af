package dk.tillid.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A staff member's account. The password itself is never held, only its hash. */
final class StaffAccount {

    /** How long a one-time password (first login, reset) may wait for its owner. */
    static final Duration ONE_TIME_PASSWORD_LIFETIME = Duration.ofHours(24);

    private final StaffAccountId id;
    private final String username;
    private final String displayName;
    private EnumSet<Role> roles;
    private boolean enabled;
    private final Instant createdAt;
    private final int version;
    private String passwordHash;
    private boolean mustChangePassword;
    private Instant passwordSetAt;

    StaffAccount(StaffAccountId id, String username, String displayName, String passwordHash, Set<Role> roles,
                 boolean mustChangePassword, boolean enabled, Instant createdAt, Instant passwordSetAt, int version) {
        this.id = Objects.requireNonNull(id);
        this.username = normalise(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.passwordSetAt = Objects.requireNonNull(passwordSetAt);
        this.version = version;
    }

    /** A new account whose first password was made for it and must be replaced at the first login. */
    static StaffAccount withOneTimePassword(String username, String displayName, String passwordHash, Set<Role> roles,
                                            Instant now) {
        return new StaffAccount(StaffAccountId.random(), username, displayName, passwordHash, roles, true, true, now,
                now, 0);
    }

    static String normalise(String username) {
        return Objects.requireNonNull(username).strip().toLowerCase(Locale.ROOT);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
        this.passwordSetAt = now;
    }

    /** Replaces an unused one-time password with a new one, which must again be changed. */
    void issueOneTimePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = true;
        this.passwordSetAt = now;
    }

    /** The account can no longer sign in; its sessions are ended by {@link StaffAccounts}. */
    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("account.roles.required");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    boolean oneTimePasswordExpired(Instant now) {
        return mustChangePassword && passwordSetAt.plus(ONE_TIME_PASSWORD_LIFETIME).isBefore(now);
    }

    StaffAccountId id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant passwordSetAt() {
        return passwordSetAt;
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        return "StaffAccount[" + id.value() + "]";
    }
}
