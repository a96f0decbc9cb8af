package dk.tillid.employment;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/**
 * For disclosures staff made outside Tillid (a form to the tax authority, a letter to a pension
 * company) and record afterwards: nothing leaves through Tillid, the ledger only records it.
 */
final class StaffRecordedChannel implements DisclosureChannel {

    @Override
    public String name() {
        return "recorded by staff (sent outside Tillid)";
    }

    @Override
    public void deliver(DisclosureRequest request, Payload payload) {
        // Sent outside Tillid; the record is all there is.
    }
}
