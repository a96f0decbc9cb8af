package dk.tillid.identity;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page who is signed in, so the layout can show the staff menu for their roles. */
@ControllerAdvice
class StaffModelAdvice {

    /** The signed-in staff member as a page sees them: a name and role names, nothing else. */
    record SignedIn(String username, Set<String> roles) {

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
        return new SignedIn(authentication.getName(), roles);
    }
}
