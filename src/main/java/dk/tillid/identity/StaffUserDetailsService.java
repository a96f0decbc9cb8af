package dk.tillid.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff accounts as Spring Security sees them. An account that must change its password gets no
 * role at all until it has, only the right to change it: no page can be reached around the change.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final StaffAccountRepository repository;

    StaffUserDetailsService(StaffAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = repository.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        String[] authorities = account.mustChangePassword()
                ? new String[] {PASSWORD_CHANGE_REQUIRED}
                : account.roles().stream().map(Role::authority).toArray(String[]::new);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities)
                .disabled(!account.enabled())
                .build();
    }
}
