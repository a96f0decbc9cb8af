package dk.tillid.privacy.requests;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the files inside a download: plain ASCII letters, digits, dot, dash and underscore, so
 * that no unzip tool on any system can read a path, a device or a hidden file into them; at most 80
 * characters; never a Windows device name; the extension kept; unique within the zip, also where case is not told apart. The
 * name the person gave the file stays in the JSON.
 */
final class ZipEntryNames {

    static final int MAX_LENGTH = 80;

    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private final Set<String> taken = new HashSet<>();

    /** A safe name under {@code folder}, e.g. {@code files/Aero-CV.pdf}, never one given before. */
    String unique(String folder, String wanted) {
        String name = safe(wanted);
        String extension = extension(name);
        String base = name.substring(0, name.length() - extension.length());
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n + extension;
        }
        return folder + "/" + candidate;
    }

    static String safe(String wanted) {
        String folded = (wanted == null ? "" : wanted)
                .replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o").replace("ß", "ss");
        // Whatever came before the last slash is not part of a name.
        folded = folded.substring(Math.max(folded.lastIndexOf('/'), folded.lastIndexOf('\\')) + 1);
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String name = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        String extension = extension(name);
        String base = name.substring(0, name.length() - extension.length()).replaceAll("^[.-]+", "").replaceAll("[.-]+$", "");
        if (base.length() > MAX_LENGTH - extension.length()) {
            base = base.substring(0, MAX_LENGTH - extension.length()).replaceAll("[.-]+$", "");
        }
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        return (base.isEmpty() ? "file" : base) + extension;
    }

    private static String extension(String name) {
        Matcher atEnd = EXTENSION.matcher(name);
        return atEnd.find() ? atEnd.group() : "";
    }
}
