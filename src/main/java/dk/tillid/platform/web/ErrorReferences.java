package dk.tillid.platform.web;

import java.util.Locale;

import dk.tillid.platform.RandomText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure the user cannot fix gets a random reference: shown to them (page or problem), logged
 * here with the exception, so the administrator can find the one from the other. The log line names
 * the exception and the request's method and path pattern, never a parameter or body.
 */
final class ErrorReferences {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);

    private ErrorReferences() {
    }

    static String newReference() {
        return RandomText.alphanumeric(10).toUpperCase(Locale.ROOT);
    }

    /** Logs the failure under a new reference and returns it. */
    static String log(Throwable failure, String method) {
        String reference = newReference();
        log.error("Unexpected failure, reference {}, {} request: {}", reference, method,
                failure == null ? "no exception" : failure.getClass().getName(), failure);
        return reference;
    }
}
