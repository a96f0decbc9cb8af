package dk.tillid.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) that a spreadsheet cannot mistake for formulas: a cell beginning with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe (OWASP CSV injection),
 * and every cell is quoted, so that a spreadsheet that splits on semicolons (Danish Excel) cannot
 * cut a cell in two and expose a formula in its second half.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
