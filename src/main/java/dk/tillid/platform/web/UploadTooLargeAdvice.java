package dk.tillid.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request too large to read at all gets a page that says so, in words: the page the
 * {@link OversizedUploadFilter} sends the browser to, and the answer to an upload that passes the
 * request's limit but not the file's.
 */
@Controller
@ControllerAdvice
class UploadTooLargeAdvice {

    @GetMapping(OversizedUploadFilter.PAGE)
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        return page;
    }
}
