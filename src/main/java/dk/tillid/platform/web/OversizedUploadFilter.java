package dk.tillid.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a request too large to receive before anything reads it. Left to the container, the
 * first filter that asks for a parameter (the CSRF check) makes it parse the body, fail, and show
 * its own bare error page; here the browser is sent to a page that says, in words, what is wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploadFilter extends OncePerRequestFilter {

    static final String PAGE = "/too-large";

    private final long limit;

    OversizedUploadFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
