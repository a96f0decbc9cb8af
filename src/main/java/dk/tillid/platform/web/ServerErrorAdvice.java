package dk.tillid.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that failed unexpectedly shows the generic error page with a reference, never a stack
 * trace or SQL. Exceptions that say their own answer (a status, Spring MVC's refusals, Spring
 * Security's "sign in" and "not for you") are passed on unchanged, by rethrowing them.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ServerErrorAdvice {

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, HttpServletRequest request) throws Exception {
        if (answersItself(failure)) {
            throw failure;
        }
        String reference = ErrorReferences.log(failure, request.getMethod());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.INTERNAL_SERVER_ERROR.value());
        page.addObject("reference", reference);
        page.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        return page;
    }

    static boolean answersItself(Exception failure) {
        return failure instanceof ErrorResponse
                || AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class) != null
                || failure instanceof org.springframework.security.access.AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException;
    }
}
