package dk.tillid.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A person erased while signed in is signed out, and lands where anyone without a session does. */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
class PortalAdvice {

    @ExceptionHandler(SignedInPerson.Erased.class)
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/portal/sign-in";
    }
}
