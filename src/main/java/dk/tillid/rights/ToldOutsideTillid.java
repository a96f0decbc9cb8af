package dk.tillid.rights;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/**
 * A correction the DPO passed on outside Tillid (a letter to an authority, a call to a pension
 * company) and records afterwards: nothing leaves through Tillid, the ledger only records it.
 */
final class ToldOutsideTillid implements DisclosureChannel {

    @Override
    public String name() {
        return "told outside Tillid by the DPO";
    }

    @Override
    public void deliver(DisclosureRequest request, Payload payload) {
        // Told outside Tillid; the record is all there is.
    }
}
