package dk.tillid.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page that failed unexpectedly shows the generic error page with a reference, never a stack
 * trace or SQL. It comes last, after every {@code @ExceptionHandler}, {@code @ResponseStatus} and
 * Spring MVC's own refusals have had their turn; Spring Security's exceptions pass on to Spring
 * Security ("sign in", "not for you").
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorResolver implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(ServerErrorResolver::resolve);
    }

    private static ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler,
                                        Exception failure) {
        if (answersItself(failure)) {
            return null;
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
