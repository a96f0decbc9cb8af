package archfixture;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/** A deliberately wrong sharing path: it calls a concrete channel's deliver, around the ledger. */
public class SneakyConcreteChannel implements DisclosureChannel {

    @Override
    public String name() {
        return "sneaky";
    }

    @Override
    public void deliver(DisclosureRequest request, Payload payload) {
    }

    public static void send(SneakyConcreteChannel channel, DisclosureRequest request, Payload payload) {
        channel.deliver(request, payload);
    }
}
