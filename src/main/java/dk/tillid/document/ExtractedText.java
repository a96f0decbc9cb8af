package dk.tillid.document;

/**
 * Text extracted from a document, capped at {@link #MAX_CHARACTERS} characters: once full it takes
 * nothing more, so that the extraction can stop.
 */
final class ExtractedText {

    static final int MAX_CHARACTERS = 200_000;

    private final StringBuilder text = new StringBuilder();
    private final int max;

    ExtractedText() {
        this(MAX_CHARACTERS);
    }

    ExtractedText(int max) {
        this.max = max;
    }

    boolean full() {
        return text.length() >= max;
    }

    ExtractedText append(CharSequence s) {
        return append(s, 0, s.length());
    }

    ExtractedText append(CharSequence s, int start, int end) {
        int room = max - text.length();
        if (room > 0) {
            text.append(s, start, Math.min(end, start + room));
        }
        return this;
    }

    ExtractedText append(char[] chars, int start, int length) {
        int room = max - text.length();
        if (room > 0) {
            text.append(chars, start, Math.min(length, room));
        }
        return this;
    }

    ExtractedText append(char c) {
        if (text.length() < max) {
            text.append(c);
        }
        return this;
    }

    ExtractedText repeat(char c, long times) {
        for (long i = 0; i < times && !full(); i++) {
            text.append(c);
        }
        return this;
    }

    /** The last character, or 0 when there is none. */
    char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** The text, without trailing line breaks and without half a surrogate pair at the cap. */
    @Override
    public String toString() {
        int end = text.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
