package dk.tillid.access;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application answers, as "METHOD /path/pattern": collected from every
 * request-mapping handler mapping in the context (the application's controllers, springdoc's and
 * Boot's error controller, and the actuator's endpoints), so an endpoint added tomorrow is in the list
 * without anyone writing it down.
 */
final class Endpoints {

    /** A mapping that accepts every method (Boot's {@code /error}) is listed once, as ANY. */
    static final String ANY = "ANY";

    private Endpoints() {
    }

    static Set<String> of(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(ANY + " " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }
}
