package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.tillid.privacy.spi.NameKey;

/**
 * The places in a text that could be a person's full name: every run of two to four words (of any
 * case: staff do not always capitalise) joined by spaces or initials' dots, read as given name then family name;
 * and the same with one comma inside, read as family name, comma, given name. Whether a run is anyone's name is
 * for the name directories to say, all runs of a package at once.
 */
final class NameMentions {

    /** A place in the text and the key ({@link NameKey}) of the name it would be. */
    record Mention(int start, int end, String key) {
    }

    static final int MAX_WORDS = 4;

    /** A word of a name: letters (any script, with their accents), hyphens and apostrophes inside. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*");
    /** Between the words of one name: spaces, or the dot of an initial (H.C. Andersen). */
    private static final Pattern JOIN = Pattern.compile("\\.?[ \\t\\u00A0]+|\\.");
    /** Between family and given name written the other way round. */
    private static final Pattern COMMA = Pattern.compile("[ \\t\\u00A0]*,[ \\t\\u00A0]*");

    private enum Gap { JOIN, COMMA, BREAK }

    private record Word(int start, int end, String text) {
    }

    private NameMentions() {
    }

    static List<Mention> in(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.start(), matcher.end(), matcher.group()));
        }
        List<Mention> mentions = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            int comma = -1;
            for (int last = first + 1; last < words.size() && last - first < MAX_WORDS; last++) {
                Gap gap = gap(text, words.get(last - 1), words.get(last));
                if (gap == Gap.BREAK || gap == Gap.COMMA && comma >= 0) {
                    break;
                }
                if (gap == Gap.COMMA) {
                    comma = last;
                }
                mentions.add(mention(words, first, last, comma));
            }
        }
        return mentions;
    }

    /** The name as written, or, with a comma before word {@code comma}, family and given name turned round. */
    private static Mention mention(List<Word> words, int first, int last, int comma) {
        String name = comma < 0 ? join(words, first, last)
                : join(words, comma, last) + " " + join(words, first, comma - 1);
        return new Mention(words.get(first).start(), words.get(last).end(), NameKey.of(name));
    }

    private static String join(List<Word> words, int first, int last) {
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) {
            joined.append(i == first ? "" : " ").append(words.get(i).text());
        }
        return joined.toString();
    }

    private static Gap gap(String text, Word before, Word after) {
        String between = text.substring(before.end(), after.start());
        if (JOIN.matcher(between).matches()) {
            return Gap.JOIN;
        }
        return COMMA.matcher(between).matches() ? Gap.COMMA : Gap.BREAK;
    }
}
