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
 * Staff accounts as Spring Security sees them. The password alone never grants a role: an account
 * that must change its password gets only the right to change it, one without a second factor only
 * the right to enrol one, and one with a second factor only the right to type its code. The roles
 * come with the second step ({@link StaffSignIn}), so no page can be reached around either step.
 * A one-time password that waited longer than a day no longer opens anything.
 */
@Service
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";
    static final String SECOND_FACTOR_ENROLMENT_REQUIRED = "SECOND_FACTOR_ENROLMENT_REQUIRED";

    private final StaffAccountRepository repository;
    private final SecondFactorRepository secondFactors;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository repository, SecondFactorRepository secondFactors, Clock clock) {
        this.repository = repository;
        this.secondFactors = secondFactors;
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
        String onlyNextStep = account.mustChangePassword() ? PASSWORD_CHANGE_REQUIRED
                : secondFactors.enrolled(account.id()) ? SECOND_FACTOR_REQUIRED : SECOND_FACTOR_ENROLMENT_REQUIRED;
        return principal(account, List.of(new SimpleGrantedAuthority(onlyNextStep)));
    }

    /** The account with its roles: only once both factors are passed (or an enrolment just confirmed). */
    StaffPrincipal withRoles(String username) {
        StaffAccount account = repository.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(account,
                account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    private StaffPrincipal principal(StaffAccount account, List<SimpleGrantedAuthority> authorities) {
        return new StaffPrincipal(account.id(), account.username(), account.passwordHash(), account.enabled(),
                !account.oneTimePasswordExpired(clock.instant()), authorities);
    }
}
