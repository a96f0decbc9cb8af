package dk.tillid.employment;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The module's API refusals as RFC 9457 problems in the reader's language, never quoting what was sent. */
final class ApiRefusals {

    private ApiRefusals() {
    }

    static ResponseEntity<ProblemDetail> refused(MessageSource messages, EmploymentRefusal refusal, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(refusal.key(), null, refusal.getMessage(), locale));
        problem.setTitle(messages.getMessage("form.rejected", null, "Refused", locale));
        problem.setProperty("code", refusal.key());
        return ResponseEntity.badRequest().body(problem);
    }

    static ResponseEntity<ProblemDetail> denied(MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("employment.forbidden", null, "Your role does not give access to this.", locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
