package dk.tillid.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * For errors the servlet container answers (a failure in a filter, say): the error page and the
 * JSON error both carry a reference, logged with the exception, for server errors.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            attributes.put("reference", ErrorReferences.log(getError(request), "an error-dispatched"));
        }
        return attributes;
    }
}
