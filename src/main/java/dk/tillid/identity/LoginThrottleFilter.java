package dk.tillid.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import dk.tillid.platform.Networks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt while its name or network is throttled, before the password is checked:
 * the staff login form goes back to the login page with the minutes to wait (like any failed login,
 * by a redirect), an API call with HTTP Basic gets 429 with a problem. Not a bean: each security
 * filter chain adds its own.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedName(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.waitBefore(name, Networks.of(request.getRemoteAddr())));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
        if (isFormLogin(request)) {
            response.sendRedirect(request.getContextPath() + "/login?tooMany=" + minutes);
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(minutes * 60));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many failed sign-ins; try again in " + minutes + " minutes.\"}");
        }
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    private static Optional<String> attemptedName(HttpServletRequest request) {
        if (isFormLogin(request)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
