package dk.tillid.privacy.requests;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a module outside privacy does on a request (restricting, passing on a rectification,
 * withdrawing a consent...). Privacy knows no domain module, so they plug in here: the DPO's
 * request page shows each module's panel, and a request is not answered while a module says work is
 * left to do.
 */
public interface RequestWork {

    /** The panel for this request on the DPO's page, if this module has work for its kind. */
    Optional<Panel> panel(SubjectRequest request, Locale locale);

    /** A message key saying what must be done before the request can be answered, or empty. */
    Optional<String> unfinished(SubjectRequest request);

    /**
     * A page fragment ({@code template :: fragment}) and what it shows; the fragment reads the
     * model as {@code work} and the request as {@code request}.
     */
    record Panel(String template, String fragment, Map<String, Object> model) {
    }
}
