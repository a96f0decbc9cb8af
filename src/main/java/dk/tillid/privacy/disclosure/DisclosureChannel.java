package dk.tillid.privacy.disclosure;

/**
 * A way data leaves the agency (an e-mail to a client, a file for the payroll provider, an API).
 * Only {@link Disclosures} may call {@link #deliver}: it records the disclosure first, in the same
 * transaction. {@code DisclosureRulesTest} fails the build if anything else calls it.
 */
public interface DisclosureChannel {

    /** How the page names this way out, e.g. "e-mail" or "payroll file". */
    String name();

    void deliver(DisclosureRequest request, Payload payload);

    /** What leaves: a document with its name and type. */
    record Payload(String filename, String mediaType, byte[] content) {
    }
}
