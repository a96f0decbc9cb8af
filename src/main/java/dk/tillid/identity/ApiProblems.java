package dk.tillid.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** How the API says "who are you?" and "not for you": an RFC 9457 problem, not a login page. */
final class ApiProblems {

    private ApiProblems() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException failed)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityConfiguration.API_REALM + "\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with a staff account (HTTP Basic) to use the API.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your account's roles do not give access to this part of the API.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Fixed texts only, so hand-written JSON cannot be broken by what it holds.
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
