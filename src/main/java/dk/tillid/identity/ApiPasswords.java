package dk.tillid.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import dk.tillid.platform.RandomText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API passwords: HTTP Basic cannot carry a TOTP code, so the JSON API does not take the login
 * password (that would be a way around the second factor). A staff member with a second factor makes
 * a separate random API password after password and code; only it opens the API, with the account's
 * roles. It is a secret of 190 random bits, kept as an Argon2id hash like a password.
 */
@Service
class ApiPasswords {

    static final int LENGTH = 32;

    private final StaffAccountRepository accounts;
    private final SecondFactors secondFactors;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiPasswords(StaffAccountRepository accounts, SecondFactors secondFactors, PasswordEncoder passwordEncoder,
                 JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new API password, to show once; the old one stops working.
     *
     * @throws SecondFactors.Refused if the password or the code is wrong, or no second factor is enrolled
     */
    @Transactional
    String issue(String username, String password, String currentCode) {
        StaffAccount account = secondFactors.reauthenticatedWithFactor(username, password, currentCode);
        String apiPassword = RandomText.alphanumeric(LENGTH);
        jdbc.sql("""
                        INSERT INTO staff_api_password (account_id, password_hash, created_at) VALUES (:id, :hash, :now)
                        ON CONFLICT (account_id) DO UPDATE SET password_hash = :hash, created_at = :now""")
                .param("id", account.id().value())
                .param("hash", passwordEncoder.encode(apiPassword))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return apiPassword;
    }

    /**
     * The API's view of accounts, for the API's own authentication (not a bean: the login form keeps
     * the one {@link StaffUserDetailsService}).
     */
    UserDetailsService forApi() {
        return this::apiUser;
    }

    /** An account's roles behind its API password, if it has one and a second factor. */
    @Transactional(readOnly = true)
    UserDetails apiUser(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .filter(found -> !found.mustChangePassword() && secondFactors.enrolled(found.id()))
                .orElseThrow(() -> new UsernameNotFoundException("No API access"));
        String hash = jdbc.sql("SELECT password_hash FROM staff_api_password WHERE account_id = :id")
                .param("id", account.id().value())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No API access"));
        List<SimpleGrantedAuthority> roles = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                .authorities(roles).build();
    }
}
