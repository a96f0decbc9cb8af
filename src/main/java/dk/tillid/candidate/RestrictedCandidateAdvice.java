package dk.tillid.candidate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.tillid.person.ProcessingRestrictedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A change to a candidate whose processing is restricted (GDPR art. 18) is refused on every
 * candidate page the same way: back to the candidate, with the rule in plain words. The API answers
 * 409 with the rule (the platform's API errors).
 */
@ControllerAdvice(assignableTypes = {CandidateController.class, CandidateSectionController.class,
        CandidateDocumentController.class})
class RestrictedCandidateAdvice {

    private static final Pattern CANDIDATE = Pattern.compile("^/candidates/([0-9a-fA-F-]{36})(/.*)?$");

    @ExceptionHandler(ProcessingRestrictedException.class)
    String restricted(HttpServletRequest request) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("refused", "candidate.restricted");
        Matcher candidate = CANDIDATE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return candidate.matches() ? "redirect:/candidates/" + candidate.group(1) : "redirect:/candidates";
    }
}
