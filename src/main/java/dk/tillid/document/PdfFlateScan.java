package dk.tillid.document;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Before PDFBox sees a PDF: every stream in the file, found by its {@code stream} keyword in the raw
 * bytes (so also the object and cross-reference streams PDFBox expands while loading), is inflated
 * the way PDFBox's FlateDecode would (two header bytes skipped, raw deflate) into a small buffer that
 * is thrown away, and counted by the {@link ExpansionGuard}. PDFBox expands a stream wholly in memory,
 * so a Flate bomb has to be caught here. Data that is not deflate fails within a few bytes.
 */
final class PdfFlateScan {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int DICTIONARY_LOOKBACK = 64 * 1024;
    private static final Pattern COMMENT = Pattern.compile("%[^\\r\\n]*");
    private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image(?![A-Za-z0-9#_.-])");
    private static final Pattern WIDTH = number("Width");
    private static final Pattern HEIGHT = number("Height");
    private static final Pattern BITS = number("BitsPerComponent");

    private PdfFlateScan() {
    }

    static void check(byte[] pdf, ExpansionGuard guard) {
        Inflater inflater = new Inflater(true);
        byte[] sink = new byte[64 * 1024];
        try {
            for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + STREAM.length)) {
                if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
                    continue;
                }
                int data = dataStart(pdf, at + STREAM.length) + 2;
                if (data >= pdf.length) {
                    continue;
                }
                ExpansionGuard.Stream stream = guard.stream(imageRaster(dictionaryBefore(pdf, at), guard));
                inflater.reset();
                inflater.setInput(pdf, data, pdf.length - data);
                try {
                    while (!inflater.finished()) {
                        int n = inflater.inflate(sink);
                        if (n == 0) {
                            break;
                        }
                        stream.produced(n, inflater.getBytesRead());
                    }
                } catch (DataFormatException notDeflate) {
                    // PDFBox stops at the same place and keeps what came out before it
                }
            }
        } finally {
            inflater.end();
        }
    }

    /** As PDFBox: after the keyword any spaces, then one line break (CR LF, CR or LF). */
    private static int dataStart(byte[] pdf, int i) {
        while (i < pdf.length && pdf[i] == ' ') {
            i++;
        }
        if (i < pdf.length && pdf[i] == '\r') {
            i++;
            if (i < pdf.length && pdf[i] == '\n') {
                i++;
            }
        } else if (i < pdf.length && pdf[i] == '\n') {
            i++;
        }
        return i;
    }

    /** The text between the last {@code obj} keyword before the stream and the stream (or ""). */
    private static String dictionaryBefore(byte[] pdf, int streamAt) {
        int floor = Math.max(0, streamAt - DICTIONARY_LOOKBACK);
        for (int i = streamAt - 3; i >= floor; i--) {
            if (pdf[i] == 'o' && pdf[i + 1] == 'b' && pdf[i + 2] == 'j') {
                return new String(pdf, i + 3, streamAt - i - 3, StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    private static long imageRaster(String text, ExpansionGuard guard) {
        // A comment may not make a stream an image: everything from % to the line's end goes first
        // (which can only take away a match, never add one).
        String dictionary = COMMENT.matcher(text).replaceAll("");
        if (!IMAGE.matcher(dictionary).find()) {
            return -1;
        }
        long width = find(WIDTH, dictionary, -1);
        long height = find(HEIGHT, dictionary, -1);
        return guard.imageRaster(width, height, find(BITS, dictionary, 8));
    }

    private static long find(Pattern pattern, String dictionary, long otherwise) {
        Matcher m = pattern.matcher(dictionary);
        return m.find() ? Long.parseLong(m.group(1)) : otherwise;
    }

    /** A direct integer value; an indirect reference ("12 0 R") does not count. */
    private static Pattern number(String key) {
        return Pattern.compile("/" + key + "\\s+(\\d{1,9})(?![\\d.])(?!\\s+\\d+\\s+R)");
    }

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int i = from; i <= pdf.length - STREAM.length; i++) {
            for (int j = 0; j < STREAM.length; j++) {
                if (pdf[i + j] != STREAM[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
