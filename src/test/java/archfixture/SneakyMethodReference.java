package archfixture;

import java.util.function.BiConsumer;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;

/** A deliberately wrong sharing path: it hands the channel's deliver on as a method reference. */
public class SneakyMethodReference {

    public BiConsumer<DisclosureRequest, DisclosureChannel.Payload> later(DisclosureChannel channel) {
        return channel::deliver;
    }
}
