package dk.tillid.privacy.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page that asks for data its purpose may not use gets a plain "not allowed", never a stack trace. */
@ControllerAdvice
class PurposeRefusalAdvice {

    @ExceptionHandler(PurposeNotAllowedException.class)
    ModelAndView refused() {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("status", 403);
        return page;
    }
}
