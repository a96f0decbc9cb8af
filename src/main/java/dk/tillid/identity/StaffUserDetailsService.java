package dk.tillid.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff accounts as Spring Security sees them. An account that must change its password gets no
 * role at all until it has, only the right to change it: no page can be reached around the change.
 * A one-time password that waited longer than a day no longer opens anything.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffAccountRepository repository;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = repository.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(account);
    }

    /** Called after a successful login whose hash was made with weaker settings than today's. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        repository.upgradeHash(user.getUsername(), newEncodedPassword);
        return loadUserByUsername(user.getUsername());
    }

    private StaffPrincipal principal(StaffAccount account) {
        List<SimpleGrantedAuthority> authorities = account.mustChangePassword()
                ? List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED))
                : account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new StaffPrincipal(account.id(), account.username(), account.passwordHash(), account.enabled(),
                !account.oneTimePasswordExpired(clock.instant()), authorities);
    }
}
