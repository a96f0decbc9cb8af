package dk.tillid.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in staff member: Spring Security's user, plus the account id the audit trail records.
 * Equality stays Spring Security's (by user name).
 */
class StaffPrincipal extends User {

    private final StaffAccountId accountId;

    StaffPrincipal(StaffAccountId accountId, String username, String passwordHash, boolean enabled,
                   boolean credentialsNonExpired, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, credentialsNonExpired, true, authorities);
        this.accountId = accountId;
    }

    StaffAccountId accountId() {
        return accountId;
    }
}
