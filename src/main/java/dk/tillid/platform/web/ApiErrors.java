package dk.tillid.platform.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the JSON API is an RFC 9457 problem in the reader's language: which fields are
 * wrong and why, never a stack trace, never a value that was sent.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {


    /** One refused field: its name and what is wrong, in words. */
    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Locale locale = request.getLocale();
        List<FieldProblem> problems = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), message(error, locale))).toList();
        List<String> general = invalid.getBindingResult().getGlobalErrors().stream()
                .map(error -> messages.getMessage(error, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("form.fix", null, locale));
        problem.setTitle(messages.getMessage("api.invalid", null, locale));
        problem.setProperty("errors", problems);
        if (!general.isEmpty()) {
            problem.setProperty("general", general);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "api.unreadable", request.getLocale());
    }

    /**
     * Every other refusal Spring MVC knows (a value of the wrong type, a missing parameter, a method
     * or media type not served): its status stays, but its words are ours, since Spring's own
     * detail can repeat what was sent.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage("api.status." + status.value(),
                null, messages.getMessage("api.status.400", null, locale), locale));
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    /** A domain rule refused the data; its message names the rule, never a value. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> refused(IllegalArgumentException refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle(messages.getMessage("form.rejected", null, locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The request is well-formed but the thing is not in a state that allows it (ending an assignment
     * that has not started, say): 409, with the rule's message, which never names a value.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Object> conflict(IllegalStateException refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle(messages.getMessage("api.status.409", null, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Exceptions that say their status (unknown person, purpose not allowed) keep it; anything else is ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure, Locale locale) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        if (declared != null) {
            return problem(declared.code(), "api.status." + declared.code().value(), locale);
        }
        String reference = ErrorReferences.log(failure, "an API");
        ResponseEntity<Object> answer = problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.status.500", locale);
        // The same reference as in the log, for whoever reports the failure.
        ((ProblemDetail) answer.getBody()).setProperty("reference", reference);
        return answer;
    }

    private ResponseEntity<Object> problem(HttpStatus status, String code, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(code, null, messages.getMessage("error.text", null, locale), locale));
        return ResponseEntity.status(status).body(problem);
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

}
