package dk.tillid.access;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.tillid.platform.CprShape;

/**
 * What an answer must never carry to the person who asked: a stack trace, an SQL error, or a
 * CPR-shaped number in a URL (the Location it redirects to, or a link, a form's action, a source on
 * the page). Ids and random tokens in URLs are taken out first: a UUID or a token is random and holds
 * digit runs by chance.
 */
final class LeakScan {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|[\\w$]+\\.[\\w$.]*(Exception|Error)(: |\\s+at\\s)");
    private static final Pattern SQL_ERROR = Pattern.compile(
            "SQLException|SQLState|SQL state|bad SQL grammar|PSQLException|syntax error at or near|duplicate key value|violates (foreign key|unique|check) constraint");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src|action|formaction)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A random token: a long run of letters and digits with both in it (a sign-in token, a hash). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private LeakScan() {
    }

    /** What leaks, if anything, from an answer's body and its Location header. */
    static List<String> of(String body, String location) {
        List<String> leaks = new ArrayList<>();
        if (body != null && STACK_TRACE.matcher(body).find()) {
            leaks.add("a stack trace in the answer");
        }
        if (body != null && SQL_ERROR.matcher(body).find()) {
            leaks.add("an SQL error in the answer");
        }
        if (cprShapedUrl(location)) {
            leaks.add("a CPR-shaped number in the URL it redirects to");
        }
        if (body != null) {
            Matcher url = URL_ATTRIBUTE.matcher(body);
            while (url.find()) {
                if (cprShapedUrl(url.group(1))) {
                    leaks.add("a CPR-shaped number in a link on the page");
                    break;
                }
            }
        }
        return leaks;
    }

    static boolean cprShapedUrl(String url) {
        if (url == null) {
            return false;
        }
        String withoutIds = UUID.matcher(url).replaceAll("-");
        withoutIds = TOKEN.matcher(withoutIds).replaceAll(token -> token.group().matches(".*[A-Za-z].*") && token.group().matches(".*[0-9].*")
                ? "-" : token.group());
        // CprShape leaves links alone (scheme://...); a URL is judged without its scheme and host.
        withoutIds = withoutIds.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        return CprShape.appearsIn(withoutIds.replace('/', ' ').replace('?', ' ').replace('&', ' ').replace('=', ' '));
    }
}
