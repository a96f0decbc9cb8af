package dk.tillid.employment;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/**
 * The payroll file's way out: a download by the PAYROLL user, who hands it to the payroll provider.
 * The disclosure ledger records the disclosure, then delivers here; the controller sends what was
 * delivered as the HTTP response. One instance per download.
 */
final class DownloadChannel implements DisclosureChannel {

    private Payload delivered;

    @Override
    public String name() {
        return "download by payroll staff";
    }

    @Override
    public void deliver(DisclosureRequest request, Payload payload) {
        this.delivered = payload;
    }

    Payload delivered() {
        if (delivered == null) {
            throw new IllegalStateException("Nothing was delivered");
        }
        return delivered;
    }
}
