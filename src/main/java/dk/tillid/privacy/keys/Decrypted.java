package dk.tillid.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What decrypting gives: the value, or the plain fact that the person's key was destroyed and the
 * value is gone for good. Pages show "erased", never an error.
 */
public final class Decrypted {

    private static final Decrypted ERASED = new Decrypted(null);

    private final byte[] value;

    private Decrypted(byte[] value) {
        this.value = value;
    }

    static Decrypted of(byte[] value) {
        return new Decrypted(value.clone());
    }

    static Decrypted erased() {
        return ERASED;
    }

    public boolean isErased() {
        return value == null;
    }

    public Optional<byte[]> bytes() {
        return Optional.ofNullable(value).map(byte[]::clone);
    }

    public Optional<String> text() {
        return Optional.ofNullable(value).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decrypted that && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return isErased() ? "Decrypted[erased]" : "Decrypted[hidden]";
    }
}
