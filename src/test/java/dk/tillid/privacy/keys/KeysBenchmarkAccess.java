package dk.tillid.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import dk.tillid.privacy.SubjectId;
import org.springframework.context.ApplicationContext;

/**
 * A person's data key unwrapped once, then plain AES-GCM: the least a reader of that person's
 * encrypted values must do, for the raw baseline of the access-package benchmark. The associated
 * data is built as {@link PersonalKeys} builds it; should the two ever part, decrypting fails loudly.
 */
public final class KeysBenchmarkAccess {

    private final WrappingKey master;

    public KeysBenchmarkAccess(ApplicationContext context) {
        this.master = context.getBean(WrappingKey.class);
    }

    /** One person's key, opened. */
    public interface Opened {
        byte[] decrypt(String field, byte[] ciphertext);
    }

    /** Unwraps the key as read from {@code person_key.wrapped_key}. */
    public Opened open(SubjectId subject, byte[] wrapped) {
        try {
            Aead aead = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(),
                            ("tillid/key/" + subject).getBytes(StandardCharsets.UTF_8))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            return (field, ciphertext) -> {
                try {
                    return aead.decrypt(ciphertext, ("tillid/data/" + subject + "/" + field).getBytes(StandardCharsets.UTF_8));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("The benchmark's raw decryption does not match PersonalKeys", e);
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key cannot be unwrapped", e);
        }
    }
}
