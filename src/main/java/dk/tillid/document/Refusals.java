package dk.tillid.document;

import javax.xml.stream.XMLStreamException;

/** Finds the refusal behind a parser's failure: parsers may wrap what a guarded stream threw. */
final class Refusals {

    private Refusals() {
    }

    /** The refusal a failure was caused by, if any (parsers may wrap what a guarded stream threw). */
    static UploadRefusedException within(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof UploadRefusedException refusal) {
                return refusal;
            }
            if (t instanceof XMLStreamException xml && xml.getNestedException() != null
                    && xml.getNestedException() != t.getCause()) {
                UploadRefusedException nested = within(xml.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
            t = t.getCause();
        }
        return null;
    }

    /** The refusal within the failure, or else {@code DAMAGED}. */
    static UploadRefusedException damagedUnless(Throwable failure) {
        UploadRefusedException refusal = within(failure);
        return refusal != null ? refusal : new UploadRefusedException(UploadRefusedException.Reason.DAMAGED);
    }
}
