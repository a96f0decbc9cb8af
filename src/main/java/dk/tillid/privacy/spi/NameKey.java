package dk.tillid.privacy.spi;

/**
 * A name as it is compared when other people are redacted from an access package: case folded,
 * dots read as spaces (H.C. is h c), the typographic apostrophe as the plain one, runs of spaces
 * as one. The person module's SQL function {@code person_name_key} folds stored names the same way,
 * character for character (a test holds the two together), so the database can compare through an
 * index. Folding is explicit, not locale-dependent: a database in the C locale lowers only ASCII,
 * so the letters beyond it (Æ Ø Å and the rest of Latin-1 and Latin Extended-A) are in a table.
 * Names in other scripts compare case-sensitively.
 */
public final class NameKey {

    /** Upper-case letters beyond ASCII and their lower-case forms, in the same order as in the SQL function. */
    static final String UPPER = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ";
    static final String LOWER = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżž";

    private NameKey() {
    }

    /** The key of a full name, or of words found in a text joined by single spaces. */
    public static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char folded = fold(name.charAt(i));
            boolean afterSpace = key.isEmpty() || key.charAt(key.length() - 1) == ' ';
            if (folded != ' ' || !afterSpace) {
                key.append(folded);
            }
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return key.substring(0, end);
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c == '.') {
            return ' ';
        }
        if (c == '’') {
            return '\'';
        }
        int at = UPPER.indexOf(c);
        return at < 0 ? c : LOWER.charAt(at);
    }
}
