package dk.tillid.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file name for display only, derived from what the uploader called the file: its last path
 * segment, without control, formatting (such as right-to-left overrides) and reserved characters
 * or leading dots, with its white space collapsed, at most 100 characters, and always ending in the
 * extension of the type the content was found to be.
 */
final class SafeFilename {

    static final int MAX_LENGTH = 100;

    private static final String RESERVED = "\"*:<>?|";
    private static final Pattern OLD_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFilename() {
    }

    static String of(String originalFilename, DocumentType type) {
        String extension = "." + type.extension();
        String name = originalFilename == null ? "" : originalFilename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);

        StringBuilder kept = new StringBuilder(Math.min(name.length(), 4 * MAX_LENGTH));
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (acceptable(c)) {
                kept.appendCodePoint(c);
            }
        });
        String base = kept.toString().replaceAll(" {2,}", " ").strip();
        base = base.replaceFirst("^[. ]+", "");
        base = OLD_EXTENSION.matcher(base).replaceFirst("");
        if (base.toLowerCase(Locale.ROOT).endsWith(extension)) {
            base = base.substring(0, base.length() - extension.length());
        }
        base = trimEnd(base);
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        base = trimEnd(truncate(base, MAX_LENGTH - extension.length()));
        return (base.isEmpty() ? "document" : base) + extension;
    }

    private static boolean acceptable(int c) {
        if (RESERVED.indexOf(c) >= 0 || Character.isISOControl(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String trimEnd(String s) {
        return s.replaceFirst("[. ]+$", "");
    }
}
