package archfixture;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/** A deliberately wrong sharing path, for DisclosureRulesTest to catch: it delivers without the ledger. */
public class SneakyProfileSharing {

    private final DisclosureChannel channel;

    public SneakyProfileSharing(DisclosureChannel channel) {
        this.channel = channel;
    }

    public void sendProfile(DisclosureRequest request, byte[] profile) {
        channel.deliver(request, new DisclosureChannel.Payload("profile.pdf", "application/pdf", profile));
    }
}
