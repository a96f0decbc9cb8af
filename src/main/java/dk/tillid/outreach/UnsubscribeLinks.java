package dk.tillid.outreach;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that need no sign-in and cannot be made for someone else: the token holds the
 * topic and the person's random id (readable: a pseudonym, no value of theirs), signed with HMAC-SHA256 under the installation's {@link LinkKey}
 * (128 bits of the MAC kept). Changing any character makes it worthless. Tokens do not expire: a
 * mail may be read months later, and all a token can do is stop mail.
 */
@Component
class UnsubscribeLinks {

    /** A token, verified: whom it unsubscribes from what. */
    record Link(PersonId person, Topic topic) {
    }

    private static final byte VERSION = 1;
    private static final int PAYLOAD = 1 + 1 + 16;
    private static final int MAC = 16;
    private static final String LABEL = "unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final LinkKey key;
    private final String publicUrl;

    UnsubscribeLinks(LinkKey key, @Value("${tillid.site.public-url}") String publicUrl) {
        this.key = key;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The address that a one-click POST (RFC 8058) or a visit with one button press unsubscribes with. */
    String url(PersonId person, Topic topic) {
        return page("/unsubscribe/" + token(person, topic));
    }

    /** A page of the site as mail links to it: at the public address, never at a request's Host header. */
    String page(String path) {
        return publicUrl + path;
    }

    String token(PersonId person, Topic topic) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD + MAC);
        payload.put(VERSION).put((byte) topic.code);
        payload.putLong(person.value().getMostSignificantBits()).putLong(person.value().getLeastSignificantBits());
        byte[] mac = key.mac(LABEL, java.util.Arrays.copyOf(payload.array(), PAYLOAD));
        payload.put(mac, 0, MAC);
        return ENCODER.encodeToString(payload.array());
    }

    /** The link a token stands for; empty if it is malformed or its signature does not match. */
    Optional<Link> read(String token) {
        if (token == null || token.length() != 46) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // The decoder ignores the last character's unused bits: only the one spelling of a token counts.
        if (bytes.length != PAYLOAD + MAC || bytes[0] != VERSION || !ENCODER.encodeToString(bytes).equals(token)) {
            return Optional.empty();
        }
        byte[] payload = java.util.Arrays.copyOf(bytes, PAYLOAD);
        byte[] expected = java.util.Arrays.copyOf(key.mac(LABEL, payload), MAC);
        byte[] given = java.util.Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + MAC);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        Topic topic;
        try {
            topic = Topic.of((char) bytes[1]);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        ByteBuffer id = ByteBuffer.wrap(bytes, 2, 16);
        return Optional.of(new Link(new PersonId(new UUID(id.getLong(), id.getLong())), topic));
    }
}
