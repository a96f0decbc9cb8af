package dk.tillid.employment;

import java.util.EnumSet;
import java.util.Set;

import dk.tillid.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member's roles, taken from the security context by the module itself, so no
 * caller can claim a role it lacks.
 */
record Viewer(Set<Role> roles) {

    Viewer {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication != null && authentication.isAuthenticated()) {
            for (GrantedAuthority granted : authentication.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(granted.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        }
        return new Viewer(roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
